#!/usr/bin/env python3
"""The architecture, checked: what the linker cannot see in the folder layout.

  check_layering.py SOURCE_DIR

Fails (exit 1, one line a problem) when
  * a source file lies directly in core/ or ui/ (each belongs to a domain or feature folder);
  * a core folder includes a folder it may not (the order is bencode <- metainfo <- tracker <-
    tracker/http | tracker/udp | tracker/websocket | diagnostics <- engine <- report; the three
    protocol folders never include one another), or the folders include one another in a cycle;
  * core includes Qt Widgets;
  * a quoted include is not written with its folder from the root (core/, ui/ or app/);
  * a function in core/, ui/ or app/ is longer than MAXIMUM_FUNCTION_LINES lines.
"""
import os
import re
import sys

MAXIMUM_FUNCTION_LINES = 60
SOURCE_SUFFIXES = ('.cpp', '.h')
ROOTS = ('core', 'ui', 'app')
# Every core folder and the folders it may include (besides itself).
BELOW = {
    'bencode': set(),
    'metainfo': {'bencode'},
    'tracker': {'bencode', 'metainfo'},
    'tracker/http': {'bencode', 'metainfo', 'tracker'},
    'tracker/udp': {'bencode', 'metainfo', 'tracker'},
    'tracker/websocket': {'bencode', 'metainfo', 'tracker'},
    'diagnostics': {'bencode', 'metainfo', 'tracker'},
}
BELOW['engine'] = set(BELOW) - {'engine'}
BELOW['report'] = BELOW['engine'] | {'engine'}
INCLUDE = re.compile(r'^\s*#\s*include\s+([<"])([^>"]+)[>"]', re.M)
GENERATED = re.compile(r'(\.moc|^moc_.*\.cpp|^ui_.*\.h)$')


def sources(root):
    for directory, _, files in os.walk(root):
        for name in sorted(files):
            if name.endswith(SOURCE_SUFFIXES):
                yield os.path.join(directory, name)


def read(path):
    with open(path, encoding='utf-8') as handle:
        return handle.read()


def check_no_loose_files(source_dir, problems):
    for root in ('core', 'ui'):
        for name in sorted(os.listdir(os.path.join(source_dir, root))):
            if name.endswith(SOURCE_SUFFIXES):
                problems.append(f'{root}/{name}: lies directly in {root}/, not in a folder')


def check_includes(source_dir, problems):
    edges = {}
    for root in ROOTS:
        base = os.path.join(source_dir, root)
        for path in sources(base):
            relative = os.path.relpath(path, source_dir)
            folder = os.path.dirname(os.path.relpath(path, base))
            for kind, target in INCLUDE.findall(read(path)):
                if kind == '<':
                    if root == 'core' and target.startswith('QtWidgets'):
                        problems.append(f'{relative}: core includes Qt Widgets ({target})')
                    continue
                if GENERATED.search(os.path.basename(target)):
                    continue
                if not any(os.path.isfile(os.path.join(source_dir, r, target)) for r in ROOTS):
                    problems.append(f'{relative}: include "{target}" is not written with its '
                                    'folder from core/, ui/ or app/')
                    continue
                if root == 'core':
                    included = os.path.dirname(target)
                    if included != folder:
                        edges.setdefault(folder, set()).add(included)
                        if included not in BELOW.get(folder, set()):
                            problems.append(f'{relative}: core/{folder} may not include '
                                            f'core/{included} ("{target}")')
    check_cycles(edges, problems)


def check_cycles(edges, problems):
    state = {}

    def visit(folder, trail):
        state[folder] = 'open'
        for included in sorted(edges.get(folder, ())):
            if state.get(included) == 'open':
                cycle = trail[trail.index(included):] + [included]
                problems.append('core folders include one another: ' + ' -> '.join(cycle))
            elif included not in state:
                visit(included, trail + [included])
        state[folder] = 'done'

    for folder in sorted(edges):
        if folder not in state:
            visit(folder, [folder])


def code_only(text):
    """The text with comments, strings and characters blanked (line breaks kept)."""
    pattern = re.compile(r'//[^\n]*|/\*.*?\*/|R"(\w*)\(.*?\)\1"|"(?:\\.|[^"\\\n])*"|'
                         r"'(?:\\.|[^'\\\n])*'", re.S)
    return pattern.sub(lambda match: re.sub(r'[^\n]', ' ', match.group(0)), text)


def function_lengths(text):
    """(first line, line count) of every function body opened outside any other braces."""
    lines = code_only(text).split('\n')
    depth, opened, statement_start, results = 0, [], 0, []
    transparent = []  # depths of namespace / extern "C" braces, which do not nest code
    for number, line in enumerate(lines, start=1):
        for character in line:
            if character == '{':
                head = ' '.join(lines[statement_start - 1:number]).split('{')[0]
                if depth == len(transparent) and re.match(r'\s*(namespace|extern)\b', head):
                    transparent.append(depth)
                elif depth == len(transparent) and '(' in head and not re.match(
                        r'\s*(class|struct|enum|union)\b', head):
                    opened.append((statement_start, depth))
                depth += 1
            elif character == '}':
                depth -= 1
                if transparent and transparent[-1] == depth:
                    transparent.pop()
                elif opened and opened[-1][1] == depth:
                    start, _ = opened.pop()
                    results.append((start, number - start + 1))
                statement_start = number + 1
            elif character == ';' and depth == len(transparent):
                statement_start = number + 1
        if depth == len(transparent) and (not line.strip() or line.lstrip().startswith('#')):
            statement_start = number + 1
    return results


def check_function_lengths(source_dir, problems):
    for root in ROOTS:
        for path in sources(os.path.join(source_dir, root)):
            for start, count in function_lengths(read(path)):
                if count > MAXIMUM_FUNCTION_LINES:
                    relative = os.path.relpath(path, source_dir)
                    problems.append(f'{relative}:{start}: a function of {count} lines '
                                    f'(at most {MAXIMUM_FUNCTION_LINES})')


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    source_dir = sys.argv[1]
    problems = []
    check_no_loose_files(source_dir, problems)
    check_includes(source_dir, problems)
    check_function_lengths(source_dir, problems)
    for problem in problems:
        print(problem)
    if problems:
        print(f'{len(problems)} problem(s)')
        return 1
    print('the layering holds: folders, includes and function lengths')
    return 0


if __name__ == '__main__':
    sys.exit(main())
