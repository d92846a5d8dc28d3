from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from api.views import plans, reviews

app_name = "api"

router = DefaultRouter()
router.register("districts", plans.DistrictViewSet, basename="district")
router.register("areas", plans.AreaViewSet, basename="area")
router.register("school-years", plans.SchoolYearViewSet, basename="schoolyear")
router.register("schools", plans.SchoolViewSet, basename="school")
router.register("plans", reviews.ReviewedPlanViewSet, basename="plan")
router.register("plan-versions", plans.PlanVersionViewSet, basename="planversion")
router.register("check-runs", plans.CheckRunViewSet, basename="checkrun")
router.register("templates", plans.TemplateViewSet, basename="template")
router.register("requirements", plans.RequirementViewSet, basename="requirement")
router.register("feedback-items", reviews.FeedbackItemViewSet, basename="feedbackitem")
router.register("tokens", reviews.TokenViewSet, basename="token")

urlpatterns = [
    path("v1/", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(api_version="v1"), name="schema"),
    path("schema/swagger/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="swagger"),
    path(
        "schema/redoc/",
        # Our template: drf-spectacular's loads fonts from Google; ours loads nothing from outside.
        SpectacularRedocView.as_view(url_name="api:schema", template_name="api/redoc.html"),
        name="redoc",
    ),
]
