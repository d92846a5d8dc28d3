"""The check engine: plain Python, no Django. Web, worker and benchmarks call it; it calls nothing of ours."""

from plans.checking.outline import DocumentUnreadable, Outline, OutlineHeading, read_outline
from plans.checking.package import Package, PackageLimits, PackageRejected, open_package

# Stored with each check run; a new engine version means a new run for the same version.
ENGINE_VERSION = "outline-1"

__all__ = [
    "ENGINE_VERSION",
    "DocumentUnreadable",
    "Outline",
    "OutlineHeading",
    "Package",
    "PackageLimits",
    "PackageRejected",
    "open_package",
    "read_outline",
]
