from django.urls import path

from plans import views

app_name = "plans"

urlpatterns = [
    path("schools/<int:pk>/", views.school_detail, name="school"),
    path("schools/<int:school_pk>/upload/", views.upload, name="upload"),
    path("plans/<int:pk>/", views.plan_detail, name="plan"),
    path("versions/<int:pk>/", views.version_detail, name="version"),
    path("versions/<int:pk>/status/", views.version_status, name="version-status"),
    path("versions/<int:pk>/download/", views.version_download, name="version-download"),
]
