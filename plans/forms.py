from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.db.models import QuerySet
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from plans.models import SchoolYear


class UploadForm(forms.Form):
    school_year = forms.ModelChoiceField(queryset=SchoolYear.objects.none(), label=_("School year"))
    file = forms.FileField(
        label=_("Plan (.docx)"),
        widget=forms.ClearableFileInput(
            attrs={"accept": ".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
        ),
    )

    def __init__(self, *args: Any, school_years: QuerySet[SchoolYear], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["school_year"].queryset = school_years  # type: ignore[attr-defined]
        self.fields["file"].help_text = _("A Word document (.docx), at most %(limit)s.") % {
            "limit": filesizeformat(settings.UPLOAD_MAX_BYTES)
        }

    # The page's script refuses a larger file before sending it (the server would answer 413).
    max_bytes = property(lambda self: settings.UPLOAD_MAX_BYTES)
    max_label = property(lambda self: filesizeformat(settings.UPLOAD_MAX_BYTES))


class SchoolImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"), help_text=_("Columns: skolenhetskod, namn, skolformer, område.")
    )
    dry_run = forms.BooleanField(
        label=_("Dry run: only list what would change"), required=False, initial=True
    )
