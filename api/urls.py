from csp.decorators import csp_update
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from api.views import plans, reviews

app_name = "api"

router = DefaultRouter()
router.register("districts", plans.DistrictViewSet, basename="district")
router.register("areas", plans.AreaViewSet, basename="area")
router.register("school-years", plans.SchoolYearViewSet, basename="schoolyear")
router.register("schools", plans.SchoolViewSet, basename="school")
router.register("plans", reviews.ReviewedPlanViewSet, basename="plan")
router.register("plan-versions", reviews.ReviewedPlanVersionViewSet, basename="planversion")
router.register("check-runs", plans.CheckRunViewSet, basename="checkrun")
router.register("templates", plans.TemplateViewSet, basename="template")
router.register("requirements", plans.RequirementViewSet, basename="requirement")
router.register("feedback-items", reviews.FeedbackItemViewSet, basename="feedbackitem")
router.register("tokens", reviews.TokenViewSet, basename="token")

# Swagger UI and Redoc style their pages from script and Redoc runs a worker from a blob: allowed on
# these two pages only. Their scripts are files of ours (the split view serves Swagger's set-up script
# from a URL instead of inline), so script-src stays 'self' here too.
api_docs_policy = csp_update({"style-src": ["'unsafe-inline'"], "worker-src": ["blob:"]})

urlpatterns = [
    path("v1/", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(api_version="v1"), name="schema"),
    path(
        "schema/swagger/",
        api_docs_policy(SpectacularSwaggerSplitView.as_view(url_name="api:schema")),
        name="swagger",
    ),
    path(
        "schema/redoc/",
        # Our template: drf-spectacular's loads fonts from Google; ours loads nothing from outside.
        api_docs_policy(SpectacularRedocView.as_view(url_name="api:schema", template_name="api/redoc.html")),
        name="redoc",
    ),
]
