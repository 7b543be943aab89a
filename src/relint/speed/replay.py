"""Replay: a run whose inputs are all unchanged is answered from the cache, without linting.

``relint check`` records a run that reads files, writes nothing but its report and ends without
an error (exit 0 or 1). The key is the command line, the folder it ran in, the environment that
shapes a report (``RELINT_*``, colour and terminal settings, whether the output is a terminal),
the date and relint's code (its version and installed files, and proselint's). The entry holds
what the run printed, in order, its exit status, and a digest of everything it consulted: each
file it read (releases, config files, rule packs, boilerplate texts, a baseline), the listing
of each folder it walked or searched for a config file, and each symbolic link it resolved on
the way.

The same command again checks those digests, reading the files but importing, parsing and
linting nothing, and prints the same report. If anything differs the run goes ahead as usual
(with the per-release cache of ``relint.speed.cache``) and is recorded again. A run is never
replayed when it writes files (``--fix``, ``--output-file``), reads standard input, asks git
(``--changed-since``), reads ``corpus:`` globs, or reports an error.

What a run read is noted by one observer of ``relint.read.sources``, the one place relint opens
files and folders, so no feature can read a file the replay does not check again.

The ``relint`` command (``relint.entry``) starts here, so this module imports only the standard
library; ``relint.read.sources`` (whose observer hook a recording uses) and the rest of relint are
imported only when a run is not replayed.
"""

from __future__ import annotations

import hashlib
import io
import os
import stat
import sys

from .code import code_entries

FORMAT = "v1"
KIND = "run"
# The environment a report depends on, beyond relint's own RELINT_* variables.
ENVIRONMENT = ("NO_COLOR", "FORCE_COLOR", "CLICOLOR", "CLICOLOR_FORCE", "TERM", "COLUMNS", "LINES", "TZ",
               "LANG", "LC_ALL", "LC_CTYPE", "PYTHONIOENCODING", "PYTHONUTF8")
# Options that never replay: asking for the command line is cheaper than asking the cache.
_NEVER = {"--no-cache", "--fix", "--diff", "--help", "-h", "-", "--"}


def replay_or_record(argv: list[str]) -> None:
    """Before a run: print the report of an identical earlier run whose inputs are unchanged, and
    exit; else, for a run that may be replayed next time, start recording it (``finish`` keeps it)."""
    plan = _plan(argv)
    if plan is None:
        return
    entry = _entry(*plan)
    if entry is not None and _unchanged(entry):
        _play(entry)
    _start(*plan)


# ------------------------------------------------------------------------------------ recording


class _Recording:
    """What a run read, as the one place relint reads told it (``relint.read.sources``'s observer)."""

    def __init__(self, cache_dir: str, key: str):
        self.cache_dir, self.key = cache_dir, key
        self.files: dict[str, str] = {}
        self.folders: dict[tuple, str] = {}  # (path, among): digest
        self.links: dict[str, str] = {}
        self.allowed: str | None = None  # the cache folder the run used, once it says it may be replayed
        self.forbidden = False
        self.output: list[list] = []  # [stream number, [texts]]: consecutive writes to one stream
        self.streams = (sys.stdout, sys.stderr)

    def read(self, path, data: bytes) -> None:
        """The replay checks the file still holds ``data``."""
        self.files[os.path.abspath(path)] = _digest(data)

    def listed(self, path, names, among) -> None:
        among = among if isinstance(among, str) else tuple(sorted(among))
        folder = _absolute(path)
        self.folders[folder, among] = _listing_digest(folder, names, among)

    def passed(self, path) -> None:
        """Whether ``path`` is a symbolic link, and to where, is noted (a folder or file that becomes
        a link, or a link pointed elsewhere, runs it again)."""
        try:
            self.links[_absolute(path)] = _link_of(path)
        except OSError:
            self.forbidden = True

    def uncheckable(self) -> None:
        self.forbidden = True

    def wrote(self, path) -> None:
        self.forbidden = True  # a run that writes files is never replayed


_RECORDING: _Recording | None = None


def _absolute(path: str | os.PathLike) -> str:
    """``path`` made absolute as written: '..' after a symbolic link is not folded away."""
    path = os.fspath(path)
    return path if os.path.isabs(path) else os.path.join(os.getcwd(), path)


def _link_of(path) -> str | None:
    """Where the symbolic link ``path`` points; None when it is not a link (or is not there)."""
    return os.readlink(path) if os.path.islink(path) else None


def forbid() -> None:
    """This run consulted something a replay could not check: it is not recorded."""
    if _RECORDING is not None:
        _RECORDING.forbidden = True


def allow(cache_dir: str | os.PathLike) -> None:
    """The run wrote nothing but its report and read only what it noted; it used ``cache_dir``."""
    if _RECORDING is not None:
        _RECORDING.allowed = os.path.abspath(cache_dir)


class _Tee(io.TextIOBase):
    """A standard stream that also keeps what is written to it (in the recording's order)."""

    def __init__(self, stream, number: int, output: list):
        self._stream, self._number, self._output = stream, number, output

    @property
    def encoding(self):
        return self._stream.encoding

    @property
    def errors(self):
        return self._stream.errors

    def write(self, text):
        written = self._stream.write(text)
        if text:
            if self._output and self._output[-1][0] == self._number:
                self._output[-1][1].append(text)
            else:
                self._output.append([self._number, [text]])
        return written

    def flush(self):
        self._stream.flush()

    def isatty(self):
        return self._stream.isatty()

    def fileno(self):
        return self._stream.fileno()

    def writable(self):
        return True


def _start(cache_dir: str, key: str) -> None:
    global _RECORDING
    from ..read import sources  # not before: a replayed run never reads through it

    _RECORDING = _Recording(cache_dir, key)
    sources.observe(_RECORDING)
    sys.stdout = _Tee(sys.stdout, 1, _RECORDING.output)
    sys.stderr = _Tee(sys.stderr, 2, _RECORDING.output)


def finish(code) -> None:
    """After a run that exits with ``code``: keep its recording, if it may be replayed."""
    global _RECORDING
    recording, _RECORDING = _RECORDING, None
    if recording is None:
        return
    from ..read import sources

    sources.observe(None)
    sys.stdout, sys.stderr = recording.streams
    code = 0 if code is None else code
    if (recording.forbidden or code not in (0, 1)
            or recording.allowed != os.path.abspath(recording.cache_dir)):
        return
    try:
        from pathlib import Path

        from .cache import Cache

        Cache(Path(recording.cache_dir)).put(KIND, recording.key, {
            "files": recording.files, "links": recording.links,
            "folders": [[path, among if isinstance(among, str) else list(among), digest]
                        for (path, among), digest in recording.folders.items()],
            "output": [[number, "".join(texts)] for number, texts in recording.output], "exit": code,
        })
    except Exception:  # the cache is an optimisation: a failure to record costs only the replay
        pass


# ------------------------------------------------------------------------------------ replaying


def _plan(argv: list[str]) -> tuple[str, str] | None:
    """(cache folder, key) for a command that may have been recorded, else None."""
    if not argv or argv[0] != "check" or _NEVER.intersection(argv) or sys.stdout is None or sys.stderr is None:
        return None
    try:
        return _key(argv)
    except (OSError, RuntimeError):  # no current folder, a file gone under us: the run proper will say
        return None


def _key(argv: list[str]) -> tuple[str, str]:
    import time

    from ..config.find import default_cache_dir

    options = argv[1:]
    cache_dir = _option(options, "--cache-dir") or default_cache_dir(_option(options, "--config"))
    environment = sorted((name, value) for name, value in os.environ.items()
                         if name.startswith("RELINT") or name in ENVIRONMENT)
    streams = [(stream.isatty(), getattr(stream, "encoding", None)) for stream in (sys.stdout, sys.stderr)]
    key = _digest(repr((FORMAT, argv, os.getcwd(), environment, streams, time.strftime("%Y-%m-%d"),
                        sys.version, sys.executable, code_entries())).encode("utf-8", "surrogatepass"))
    return cache_dir, key


def _option(options: list[str], name: str) -> str | None:
    value = None
    for i, token in enumerate(options):
        if token == name and i + 1 < len(options):
            value = options[i + 1]
        elif token.startswith(name + "="):
            value = token[len(name) + 1:]
    return value


def _entry(cache_dir: str, key: str) -> dict | None:
    import json

    try:
        with open(os.path.join(cache_dir, FORMAT, KIND, key[:2], key + ".json"), encoding="utf-8") as handle:
            entry = json.load(handle)
    except (OSError, ValueError):
        return None
    valid = (isinstance(entry, dict) and entry.get("exit") in (0, 1)
             and isinstance(entry.get("files"), dict) and isinstance(entry.get("links"), dict)
             and isinstance(entry.get("folders"), list)
             and all(isinstance(folder, list) and len(folder) == 3 for folder in entry["folders"])
             and isinstance(entry.get("output"), list)
             and all(isinstance(chunk, list) and len(chunk) == 2 and chunk[0] in (1, 2) and isinstance(chunk[1], str)
                     for chunk in entry["output"]))
    return entry if valid else None


def _unchanged(entry: dict) -> bool:
    try:
        for path, expected in entry["links"].items():
            if _link_of(path) != expected:
                return False
        for path, among, expected in entry["folders"]:
            if _listing_digest(path, os.listdir(path), among) != expected:
                return False
        for path, expected in entry["files"].items():
            with open(path, "rb") as handle:
                if _digest(handle.read()) != expected:
                    return False
    except (OSError, TypeError, ValueError):
        return False
    return True


def _play(entry: dict) -> None:
    streams = (None, sys.stdout, sys.stderr)
    try:
        for number, text in entry["output"]:
            streams[number].write(text)
        sys.stdout.flush()
    except UnicodeEncodeError:  # cannot happen with the encoding in the key; the run proper will say
        return
    raise SystemExit(entry["exit"])


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _listing_digest(folder: str, names, among) -> str:
    """The names that matter in a folder, each with what it is: a walk reads the visible ones and
    what each is (a folder, a link, a file); a config search reads whether a candidate is a file."""
    if among == "visible":
        names = [f"{name}/{_kind(os.path.join(folder, name))}" for name in names if not name.startswith(".")]
    elif among != "all":
        names = [f"{name}/{os.path.isfile(os.path.join(folder, name))}" for name in names if name in among]
    return _digest("\x00".join(sorted(names)).encode("utf-8", "surrogateescape"))


def _kind(path: str) -> str:
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return "gone"
    return "link" if stat.S_ISLNK(mode) else "folder" if stat.S_ISDIR(mode) else "file"
