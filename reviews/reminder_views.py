"""A reminder to the school sent now, from the plan's review page (reviews.reminder_status)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from plans import permissions
from plans.errors import PlansError
from reviews.reminder_status import send_reminder_now


@login_required
@require_POST
def remind(request: HttpRequest, pk: int) -> HttpResponse:
    plan = get_object_or_404(permissions.visible_plans(request.user), pk=pk)
    try:
        sent = send_reminder_now(plan=plan, by=request.user)
    except PlansError as refused:
        messages.error(request, refused.message)
    else:
        count = len(sent.recipients)
        messages.success(
            request,
            ngettext("Reminder sent to %(n)s principal.", "Reminder sent to %(n)s principals.", count)
            % {"n": count},
        )
    return redirect("reviews:plan", plan.pk)
