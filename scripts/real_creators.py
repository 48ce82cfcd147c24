"""What the scripts that measure kolvet on the real creators share: the built kolvet binary, and the real
MediaCrawler export imported as a user would (`kolvet import mediacrawler`) into a JSON Lines file."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "data" / "xhs-real"


def kolvet_binary():
    """Builds kolvet (debug) and returns the path of the binary."""
    subprocess.run(["swift", "build", "--product", "kolvet"], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, check=True, capture_output=True,
                          text=True).stdout.strip() + "/kolvet"


def import_real(binary, directory):
    """Imports the real export into directory/real.jsonl and returns that path; exits when the data is absent."""
    if not REAL.exists():
        sys.exit(f"{REAL} not found: this script reads the shared calibration data")
    path = Path(directory) / "real.jsonl"
    path.write_bytes(subprocess.run([binary, "import", "mediacrawler", str(REAL / "mediacrawler")],
                                    check=True, capture_output=True).stdout)
    return path
