from django.urls import path

from reviews import assessment_views, engine_views, reminder_views, views

app_name = "reviews"

urlpatterns = [
    path("reviews/", views.queue, name="queue"),
    path("reviews/overview/", views.overview, name="overview"),
    path("reviews/overview/engine/", engine_views.engine_agreement, name="overview-engine"),
    path("reviews/overview.csv", views.overview_csv, name="overview-csv"),
    path("reviews/overview.xlsx", views.overview_xlsx, name="overview-xlsx"),
    path("reviews/plans/<int:pk>/", views.plan_review, name="plan"),
    path("reviews/plans/<int:pk>/diff/", views.diff, name="diff"),
    path("reviews/plans/<int:pk>/letter/", views.write_letter, name="write-letter"),
    path("reviews/plans/<int:pk>/remind/", reminder_views.remind, name="remind"),  # before the steps
    path("reviews/plans/<int:pk>/<str:name>/", views.transition, name="transition"),
    path("reviews/versions/<int:pk>/feedback/", views.add_feedback, name="add-feedback"),
    path("reviews/versions/<int:pk>/assessments/", assessment_views.assess, name="assess"),
    path("reviews/items/<int:pk>/reply/", views.reply, name="reply"),
    path("reviews/items/<int:pk>/<str:name>/", views.item_action, name="item-action"),
    path("reviews/letters/<int:pk>/", views.letter_download, name="letter"),
]
