#!/usr/bin/env python3
"""Checks of what Tracker Inspector installs and ships: desktop entry and AppStream metadata,
the tree `cmake --install` makes, the Debian package `cpack -G DEB` builds, and the man page
against the program's --help. Each check is one CTest test: `packaging_checks.py CHECK ARGS...`;
it writes only into its own work directory (removed and made anew at the start) and exits
non-zero with a sentence per problem when something is wrong."""

import argparse
import gzip
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

APPLICATION_ID = "io.github.trackerinspector.TrackerInspector"
EXECUTABLE = "tracker-inspector"
MIME_TYPES = ("application/x-bittorrent", "x-scheme-handler/magnet")
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
# Relative to the prefix (/usr): where a desktop, man(1) and AppStream look.
EXPECTED_FILES = (
    [f"bin/{EXECUTABLE}",
     f"share/applications/{APPLICATION_ID}.desktop",
     f"share/metainfo/{APPLICATION_ID}.metainfo.xml",
     f"share/icons/hicolor/scalable/apps/{APPLICATION_ID}.svg",
     f"share/man/man1/{EXECUTABLE}.1.gz",
     f"share/doc/{EXECUTABLE}/copyright"]
    + [f"share/icons/hicolor/{size}x{size}/apps/{APPLICATION_ID}.png" for size in ICON_SIZES])
# Linked Qt modules and OpenSSL: dpkg-shlibdeps must have found each of them.
LINKED_PACKAGES = ("libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6network6",
                   "libqt6websockets6", "libssl3")
# Qt loads these as plugins at run time; no linker sees them, so Depends must name their packages.
RUNTIME_PLUGINS = ("platforms/libqxcb.so", "iconengines/libqsvgicon.so",
                   "imageformats/libqsvg.so", "tls/libqopensslbackend.so")
COMMAND_TIMEOUT_SECONDS = 120
COPYRIGHT_FORMAT = "https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
COPYRIGHT_HOLDER = "Tracker Inspector developers"


class CheckFailed(Exception):
    pass


problems = []


def expect(condition, sentence):
    if not condition:
        problems.append(sentence)
    return condition


def run(arguments, **options):
    """Runs a command, returns the completed process; a missing program is a failure."""
    if shutil.which(arguments[0]) is None and not os.path.isabs(arguments[0]):
        raise CheckFailed(f"{arguments[0]} is not installed (./dev.sh test installs it)")
    options.setdefault("capture_output", True)
    options.setdefault("text", True)
    options.setdefault("timeout", COMMAND_TIMEOUT_SECONDS)
    return subprocess.run([str(argument) for argument in arguments], **options)


def fresh_directory(path):
    path = Path(path)
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path


def desktop_entry(path):
    entry, group = {}, None
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith("["):
            group = line.strip("[]")
        elif "=" in line and group == "Desktop Entry":
            key, value = line.split("=", 1)
            entry[key.strip()] = value.strip()
    return entry


def png_size(path):
    data = Path(path).read_bytes()[:24]
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


# --- desktop entry and AppStream metadata ----------------------------------------------------

def check_metadata(arguments):
    resources = Path(arguments.source_dir) / "resources"
    desktop_file = resources / f"{APPLICATION_ID}.desktop"
    metainfo_file = resources / f"{APPLICATION_ID}.metainfo.xml"

    result = run(["desktop-file-validate", desktop_file])
    output = (result.stdout + result.stderr).strip()
    # Hints are advice; errors and warnings fail.
    serious = [line for line in output.splitlines() if "error:" in line or "warning:" in line]
    expect(result.returncode == 0 and not serious,
           f"desktop-file-validate rejects {desktop_file.name}:\n{output}")

    result = run(["appstreamcli", "validate", "--no-net", "--strict", "--explain", metainfo_file])
    expect(result.returncode == 0,
           f"appstreamcli rejects {metainfo_file.name} (--strict: infos and warnings count):\n"
           f"{result.stdout}{result.stderr}")

    entry = desktop_entry(desktop_file)
    expect(entry.get("Exec") == f"{EXECUTABLE} %U",
           f"the desktop entry's Exec is {entry.get('Exec')!r}, not '{EXECUTABLE} %U' (files and "
           "magnet links reach the program only through %U)")
    expect(entry.get("Icon") == APPLICATION_ID, "the desktop entry's Icon is not the application id")
    mime_types = [value for value in entry.get("MimeType", "").split(";") if value]
    for mime_type in MIME_TYPES:
        expect(mime_type in mime_types, f"the desktop entry does not claim {mime_type}")

    component = ElementTree.parse(metainfo_file).getroot()
    expect(component.findtext("id") == APPLICATION_ID, "the metainfo id is not the application id")
    expect(component.findtext("launchable[@type='desktop-id']") == desktop_file.name,
           "the metainfo launchable does not name the desktop entry")
    expect(component.findtext("provides/binary") == EXECUTABLE,
           "the metainfo does not provide the binary")
    for mime_type in MIME_TYPES:
        expect(mime_type in [node.text for node in component.findall("provides/mediatype")],
               f"the metainfo does not provide {mime_type}")
    expect(component.find("content_rating[@type='oars-1.1']") is not None,
           "the metainfo has no OARS content rating")
    expect(component.find("screenshots/screenshot/image") is not None,
           "the metainfo has no screenshot")
    expect(component.findtext("project_license") == "MIT",
           f"the metainfo's project_license is {component.findtext('project_license')!r}, not MIT")
    licence = license_text(arguments.source_dir)
    expect(licence.startswith("MIT License") and f"Copyright (c) " in licence
           and COPYRIGHT_HOLDER in licence and "THE SOFTWARE IS PROVIDED \"AS IS\"" in licence,
           f"LICENSE is not the MIT licence of the {COPYRIGHT_HOLDER}")
    releases = [node.get("version") for node in component.findall("releases/release")]
    expect(arguments.version in releases,
           f"the metainfo has no release entry for version {arguments.version} (has {releases})")

    for size in ICON_SIZES:
        icon = resources / "icons" / f"{EXECUTABLE}-{size}.png"
        expect(icon.is_file() and png_size(icon) == (size, size),
               f"{icon.name} is missing or not {size}x{size} (render it from the SVG)")


# --- cmake --install ---------------------------------------------------------------------------

def license_text(source_dir):
    path = Path(source_dir) / "LICENSE"
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def deb822_paragraphs(text):
    """Paragraphs of a Debian control-style file: lists of (field, value) with continuation
    lines joined by newlines, " ." read as an empty line."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip()):
        fields = []
        for line in block.splitlines():
            if line[:1] in (" ", "\t") and fields:
                continuation = line[1:]
                fields[-1][1] += "\n" + ("" if continuation.strip() == "." else continuation)
            elif ":" in line:
                field, value = line.split(":", 1)
                fields.append([field, value.strip()])
        paragraphs.append(dict(fields))
    return paragraphs


def check_copyright(path, source_dir):
    """The Debian copyright file: machine-readable (DEP-5), MIT under Debian's name Expat, with
    LICENSE's text word for word."""
    if not path.is_file():
        return
    paragraphs = deb822_paragraphs(path.read_text(encoding="utf-8"))
    header, files = paragraphs[0], [p for p in paragraphs if "Files" in p]
    expect(header.get("Format") == COPYRIGHT_FORMAT,
           f"the copyright file's Format is {header.get('Format')!r}, not {COPYRIGHT_FORMAT}")
    expect(bool(header.get("Upstream-Name")), "the copyright file has no Upstream-Name")
    expect(len(files) == 1 and files[0].get("Files") == "*" and files[0].get("License") == "Expat"
           and COPYRIGHT_HOLDER in files[0].get("Copyright", ""),
           f"the copyright file does not give all files (Files: *) to the {COPYRIGHT_HOLDER} "
           f"under Expat: {files}")
    texts = [p["License"] for p in paragraphs if p.get("License", "").startswith("Expat\n")]
    licence = license_text(source_dir)
    body = licence.split("\n\n", 2)[-1].strip() if licence else None
    expect(len(texts) == 1 and texts[0].split("\n", 1)[1].strip() == body,
           "the copyright file's Expat text is not LICENSE's")


def check_installed_tree(root, prefix, source_dir):
    """Checks a tree with everything under root/prefix, as `cmake --install` or dpkg-deb -x
    leave it."""
    installed = root / prefix.lstrip("/")
    check_copyright(installed / f"share/doc/{EXECUTABLE}/copyright", source_dir)
    for relative in EXPECTED_FILES:
        expect((installed / relative).is_file(), f"{prefix}/{relative} is not installed")
    executable = installed / "bin" / EXECUTABLE
    expect(os.access(executable, os.X_OK), f"{prefix}/bin/{EXECUTABLE} is not executable")
    for size in ICON_SIZES:
        icon = installed / f"share/icons/hicolor/{size}x{size}/apps/{APPLICATION_ID}.png"
        if icon.is_file():
            expect(png_size(icon) == (size, size), f"the {size}x{size} icon has another size")
    man_page = installed / f"share/man/man1/{EXECUTABLE}.1.gz"
    if man_page.is_file():
        with gzip.open(man_page, "rt", encoding="utf-8") as text:
            expect(text.read().startswith(".\\\""), "the installed man page is not roff")
    return installed


def run_installed_program(installed, source_dir, version):
    executable = installed / "bin" / EXECUTABLE
    if not executable.is_file():
        return
    result = run([executable, "--version"])
    expect(result.returncode == 0 and result.stdout.strip() == f"{EXECUTABLE} {version}",
           f"the installed program's --version printed {result.stdout!r} {result.stderr!r}")
    demo = Path(source_dir) / "resources/demo/demo.torrent"
    result = run([executable, "info", demo, "--json"])
    try:
        info = json.loads(result.stdout) if result.returncode == 0 else {}
    except json.JSONDecodeError:
        info = {}
    expect(bool(info.get("name")) and len(info.get("info_hash_v1") or "") == 40,
           f"the installed program's `info demo.torrent --json` failed: "
           f"{result.returncode} {result.stdout[:300]!r} {result.stderr[:300]!r}")


def check_install(arguments):
    work = fresh_directory(arguments.work_dir)
    root = work / "root"
    environment = dict(os.environ, DESTDIR=str(root))
    result = run(["cmake", "--install", arguments.build_dir, "--prefix", "/usr"], env=environment)
    if not expect(result.returncode == 0, f"cmake --install failed:\n{result.stdout}{result.stderr}"):
        return
    installed = check_installed_tree(root, "/usr", arguments.source_dir)
    run_installed_program(installed, arguments.source_dir, arguments.version)
    # The installed desktop entry, metainfo and icons together, as software centres read them.
    result = run(["appstreamcli", "validate-tree", "--no-net", "--strict", root])
    expect(result.returncode == 0,
           f"appstreamcli validate-tree rejects the installed tree:\n{result.stdout}{result.stderr}")


# --- cpack -G DEB --------------------------------------------------------------------------------

def parse_depends(field):
    """'a (>= 1), b | c' -> [[('a', '>=', '1')], [('b', None, None), ('c', None, None)]]"""
    groups = []
    for group in field.split(","):
        alternatives = []
        for alternative in group.split("|"):
            match = re.fullmatch(r"\s*([a-z0-9.+-]+)(?::\w+)?\s*(?:\(\s*([<>=]+)\s*([^)\s]+)\s*\))?\s*",
                                 alternative)
            if match:
                alternatives.append(match.groups())
        if alternatives:
            groups.append(alternatives)
    return groups


def installed_version(package):
    result = run(["dpkg-query", "-W", "-f=${Status}\t${Version}", package])
    status, _, version = result.stdout.partition("\t")
    return version if result.returncode == 0 and status.endswith(" installed") else None


def provided_versions(package):
    """Versions of a virtual package (qt6-base-abi...) that installed packages provide."""
    result = run(["dpkg-query", "-W", "-f=${Status}\t${Provides}\n"])
    versions = []
    for line in result.stdout.splitlines():
        status, _, provides = line.partition("\t")
        if not status.endswith(" installed"):
            continue
        for name, _, version in [group[0] for group in parse_depends(provides)]:
            if name == package:
                versions.append(version)
    return versions


def satisfied(package, relation, version):
    present = installed_version(package)
    if present is None:
        provided = provided_versions(package)
        if relation is None:
            return bool(provided)
        return any(provided_version and satisfied_version(provided_version, relation, version)
                   for provided_version in provided)
    return relation is None or satisfied_version(present, relation, version)


def satisfied_version(present, relation, version):
    operator = {">=": "ge", "<=": "le", "=": "eq", ">>": "gt", "<<": "lt"}[relation]
    return run(["dpkg", "--compare-versions", present, operator, version]).returncode == 0


def plugin_packages(plugin_dir):
    packages = set()
    for plugin in RUNTIME_PLUGINS:
        result = run(["dpkg", "-S", Path(plugin_dir) / plugin])
        if expect(result.returncode == 0, f"no installed package holds the Qt plugin {plugin}"):
            packages.add(result.stdout.split(":", 1)[0].split(",")[0].strip())
    return packages


def check_control(package_file, arguments):
    result = run(["dpkg-deb", "-f", package_file])
    control = {}
    for line in result.stdout.splitlines():
        if line and not line[0].isspace() and ":" in line:
            key, value = line.split(":", 1)
            control[key] = value.strip()
    architecture = run(["dpkg", "--print-architecture"]).stdout.strip()
    for key, value in (("Package", EXECUTABLE), ("Version", arguments.version),
                       ("Architecture", architecture), ("Section", "net")):
        expect(control.get(key) == value, f"the package's {key} is {control.get(key)!r}, not {value!r}")
    expect(bool(control.get("Maintainer")) and bool(control.get("Description")),
           "the package has no Maintainer or Description")
    depends = parse_depends(control.get("Depends", ""))
    named = {name for group in depends for (name, _, _) in group}
    for package in sorted(set(LINKED_PACKAGES) | plugin_packages(arguments.qt_plugin_dir)):
        expect(package in named, f"Depends does not list {package}: {control.get('Depends')!r}")
    for group in depends:
        expect(any(satisfied(*alternative) for alternative in group),
               f"the dependency {group} is not satisfied on this machine")
    return control


def check_package(arguments):
    work = fresh_directory(arguments.work_dir)
    result = run(["cpack", "-G", "DEB", "-B", work, "--config",
                  Path(arguments.build_dir) / "CPackConfig.cmake"], cwd=work)
    packages = sorted(work.glob(f"{EXECUTABLE}_*.deb"))
    if not expect(result.returncode == 0 and len(packages) == 1,
                  f"cpack -G DEB made {[p.name for p in packages]}:\n{result.stdout}{result.stderr}"):
        return
    package_file = packages[0]
    print(f"{package_file.name}: {package_file.stat().st_size} bytes")
    control = check_control(package_file, arguments)
    print(f"Depends: {control.get('Depends')}")

    listing = run(["dpkg-deb", "-c", package_file]).stdout
    paths = {line.split()[-1].removeprefix(".") for line in listing.splitlines() if line.strip()}
    for relative in EXPECTED_FILES:
        expect(f"/usr/{relative}" in paths, f"the package does not hold /usr/{relative}")
    outside = sorted(path for path in paths if not path.startswith("/usr/") and path != "/")
    expect(not outside, f"the package installs outside /usr: {outside}")

    root = work / "root"
    result = run(["dpkg-deb", "-x", package_file, root])
    if expect(result.returncode == 0, f"dpkg-deb -x failed: {result.stderr}"):
        installed = check_installed_tree(root, "/usr", arguments.source_dir)
        run_installed_program(installed, arguments.source_dir, arguments.version)

    # What `apt install ./package.deb` would do, without doing it.
    result = run(["apt-get", "install", "--simulate", "--no-install-recommends", "-o",
                  "Debug::NoLocking=1", package_file.resolve()])
    expect(result.returncode == 0 and f"Inst {EXECUTABLE} " in result.stdout,
           f"apt-get cannot install the package:\n{result.stdout[-2000:]}{result.stderr}")


# --- the man page and --help ----------------------------------------------------------------------

OPTION = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")


def man_page_text(path):
    lines = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.startswith('.\\"'):
            continue  # comments
        line = re.sub(r"\\f[BIRP]|\\f\(\w\w|\\%|\\:|\\&", "", line)
        lines.append(line.replace("\\-", "-").replace("\\(aq", "'"))
    return "\n".join(lines)


def check_man_page(arguments):
    work = fresh_directory(arguments.work_dir)
    help_options = {}
    for command in ([], ["info"], ["check"]):
        result = run([arguments.executable, *command, "--help"])
        label = " ".join([EXECUTABLE, *command, "--help"])
        expect(result.returncode == 0 and result.stdout, f"`{label}` failed: {result.stderr}")
        for option in OPTION.findall(result.stdout):
            help_options.setdefault(option, label)
    man_page = Path(arguments.source_dir) / "resources" / f"{EXECUTABLE}.1"
    text = man_page_text(man_page)
    man_options = set(OPTION.findall(text))
    for option, label in sorted(help_options.items()):
        expect(option in man_options, f"{option} (in `{label}`) is not in the man page")
    for option in sorted(man_options - set(help_options)):
        expect(False, f"the man page describes {option}, which no --help mentions")
    desktop_file = Path(arguments.source_dir) / "resources" / f"{APPLICATION_ID}.desktop"
    for line in desktop_file.read_text(encoding="utf-8").splitlines():
        for option in OPTION.findall(line) if line.startswith("Exec=") else []:
            expect(option in help_options, f"the desktop entry runs {option}, which --help lacks")
    for command in ("info", "check"):
        expect(re.search(rf"^\.BI? {command}\b", text, re.MULTILINE) is not None,
               f"the man page does not describe the {command} command")
    for section in ("NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "EXIT STATUS",
                    "FILES", "EXAMPLES", "SEE ALSO"):
        expect(re.search(rf'^\.SH "?{section}"?$', text, re.MULTILINE) is not None,
               f"the man page has no {section} section")
    title = re.search(r'^\.TH .*"Tracker Inspector ([^"]+)"', text, re.MULTILINE)
    expect(title is not None and title.group(1) == arguments.version,
           f"the man page's title names version {title and title.group(1)}, not {arguments.version}")

    # groff must render it without a warning at the usual terminal widths.
    for width in (65, 78, 80, 100):
        result = run(["groff", "-man", "-Tutf8", "-ww", f"-rLL={width}n", "-z", man_page])
        expect(result.returncode == 0 and not result.stderr.strip(),
               f"groff warns about the man page at {width} columns:\n{result.stderr}")
    rendered = run(["groff", "-man", "-Tutf8", "-rLL=80n", man_page]).stdout
    (work / f"{EXECUTABLE}.1.txt").write_text(rendered, encoding="utf-8")
    expect("tracker-inspector" in re.sub(r".\x08", "", rendered), "groff rendered nothing")


CHECKS = {"metadata": check_metadata, "install": check_install, "package": check_package,
          "man-page": check_man_page}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("check", choices=sorted(CHECKS))
    parser.add_argument("--source-dir", required=True)
    parser.add_argument("--build-dir")
    parser.add_argument("--work-dir")
    parser.add_argument("--executable")
    parser.add_argument("--version", required=True)
    parser.add_argument("--qt-plugin-dir")
    arguments = parser.parse_args()
    try:
        CHECKS[arguments.check](arguments)
    except (CheckFailed, subprocess.TimeoutExpired) as error:
        problems.append(str(error))
    for problem in problems:
        print(f"FAIL: {problem}", file=sys.stderr)
    print(f"{arguments.check}: {'FAILED' if problems else 'passed'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
