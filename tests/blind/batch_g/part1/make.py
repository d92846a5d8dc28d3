"""Generate the g1 batch of blind test plans: python make.py OUTDIR"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import plans_a  # noqa: E402
import plans_b  # noqa: E402
import plans_c  # noqa: E402
import plans_d  # noqa: E402
import wordkit  # noqa: E402

ALL = plans_a.PLANS + plans_b.PLANS + plans_c.PLANS + plans_d.PLANS


def main(argv):
    if len(argv) < 2:
        print("usage: make.py OUTDIR")
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for fn in ALL:
        fn(out)
    files = sorted(out.glob("g1_*.docx"))
    for f in files:
        wordkit.check(f)
        print("ok", f.name)
    # cross-check with labels.json
    import json
    labels = json.loads((Path(__file__).parent / "labels.json").read_text(encoding="utf-8"))
    names = {f.name for f in files}
    missing = [l["file"] for l in labels if l["file"] not in names]
    assert not missing, f"labelled but not generated: {missing}"
    assert len(files) == len(labels) == 16, (len(files), len(labels))
    print(f"{len(files)} plans written to {out}; self-check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
