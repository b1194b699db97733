#!/usr/bin/env python3
"""The architecture, checked: what the linker cannot see in the folder layout.

  check_layering.py SOURCE_DIR [QT_WIDGETS_INCLUDE_DIR]

Fails (exit 1, one line a problem) when
  * a source file lies directly in core/ or ui/ (each belongs to a domain or feature folder);
  * a core folder includes a folder it may not (the order is common <- bencode <- metainfo <-
    tracker <- tracker/http | tracker/udp | tracker/websocket | diagnostics <- engine <- report;
    the three protocol folders never include one another), or the folders include one another
    in a cycle;
  * core includes Qt Widgets (any header of QT_WIDGETS_INCLUDE_DIR, or a QtWidgets/ path);
  * a quoted include is not written with its folder from the root (core/, ui/ or app/);
  * a function in core/, ui/ or app/ is longer than MAXIMUM_FUNCTION_LINES lines (functions at
    namespace scope and inline in classes; from the line of the name to the closing brace).
Includes of our own headers are checked whether written "..." or <...>.
"""
import os
import re
import sys

MAXIMUM_FUNCTION_LINES = 60
SOURCE_SUFFIXES = ('.cpp', '.h')
ROOTS = ('core', 'ui', 'app')
# Every core folder and the folders it may include (besides itself).
BELOW = {
    'common': set(),
    'bencode': {'common'},
    'metainfo': {'common', 'bencode'},
    'tracker': {'common', 'bencode', 'metainfo'},
    'tracker/http': {'common', 'bencode', 'metainfo', 'tracker'},
    'tracker/udp': {'common', 'bencode', 'metainfo', 'tracker'},
    'tracker/websocket': {'common', 'bencode', 'metainfo', 'tracker'},
    'diagnostics': {'common', 'bencode', 'metainfo', 'tracker'},
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


def widget_headers(widgets_dir):
    if not widgets_dir or not os.path.isdir(widgets_dir):
        return set()
    return set(os.listdir(widgets_dir))


def check_includes(source_dir, problems, widgets):
    edges = {}
    for root in ROOTS:
        base = os.path.join(source_dir, root)
        for path in sources(base):
            relative = os.path.relpath(path, source_dir)
            folder = os.path.dirname(os.path.relpath(path, base))
            for kind, target in INCLUDE.findall(read(path)):
                ours = any(os.path.isfile(os.path.join(source_dir, r, target)) for r in ROOTS)
                if kind == '<' and not ours:
                    if root == 'core' and (target.startswith('QtWidgets') or target in widgets):
                        problems.append(f'{relative}: core includes Qt Widgets ({target})')
                    continue
                if GENERATED.search(os.path.basename(target)):
                    continue
                if not ours:
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


ENUM = re.compile(r'\s*(?:template\s*<[^>]*>\s*)?enum\b')
ACCESS = re.compile(r'\b(public|private|protected|signals|slots|Q_SIGNALS|Q_SLOTS)\s*$')
OPENS_SCOPE = re.compile(r'\s*(?:template\s*<[^>]*>\s*)?(namespace|extern|class|struct|union)\b')
FUNCTION_TAIL = re.compile(r'\)\s*(?:const|noexcept|override|final|mutable|&|&&|->\s*[\w:<>,\s*&]+'
                           r'|\s)*(?::.*)?$', re.S)


def function_lengths(text):
    """(first line, line count) of every function body at namespace or class scope."""
    lines = code_only(text).split('\n')
    parens, statement_start, results = 0, 1, []
    # One entry per open brace: ('scope', _) for namespaces, extern "C" and class bodies, whose
    # insides are scopes too; ('function', first line); ('other', _) for everything else.
    braces = []
    for number, line in enumerate(lines, start=1):
        for column, character in enumerate(line):
            at_scope = parens == 0 and all(kind == 'scope' for kind, _ in braces)
            if character == '(':
                parens += 1
            elif character == ')':
                parens = max(parens - 1, 0)
            elif character == '{':
                head = ' '.join(lines[statement_start - 1:number - 1] + [line[:column]])
                if at_scope and OPENS_SCOPE.match(head) and not ENUM.match(head):
                    braces.append(('scope', number))
                    statement_start = number + 1
                elif at_scope and starts_function_body(head):
                    braces.append(('function', statement_start))
                else:
                    braces.append(('other', number))
            elif character == '}' and braces:
                kind, start = braces.pop()
                if kind == 'function':
                    results.append((start, number - start + 1))
                if kind != 'other':
                    statement_start = number + 1
            elif character == ';' and at_scope:
                statement_start = number + 1
            elif character == ':' and at_scope and ACCESS.search(line[:column]):
                statement_start = number + 1  # "public:" ends a statement in a class
        at_scope = parens == 0 and all(kind == 'scope' for kind, _ in braces)
        if at_scope and (not line.strip() or line.lstrip().startswith('#')):
            statement_start = number + 1
    return results


def starts_function_body(head):
    """Whether a brace after this text opens a function body (not a brace initialiser)."""
    if '(' not in head or ENUM.match(head):
        return False
    tail = head[head.rfind(')'):]
    if not FUNCTION_TAIL.match(tail):
        return False
    # In a constructor's initialiser list, a brace right after a member's name initialises it.
    if ':' in tail and re.search(r'\w\s*$', tail) and not re.search(
            r'\b(const|noexcept|override|final)\s*$', tail):
        return False
    return True


def check_function_lengths(source_dir, problems):
    for root in ROOTS:
        for path in sources(os.path.join(source_dir, root)):
            for start, count in function_lengths(read(path)):
                if count > MAXIMUM_FUNCTION_LINES:
                    relative = os.path.relpath(path, source_dir)
                    problems.append(f'{relative}:{start}: a function of {count} lines '
                                    f'(at most {MAXIMUM_FUNCTION_LINES})')


def main():
    if len(sys.argv) not in (2, 3):
        sys.exit(__doc__)
    source_dir = sys.argv[1]
    widgets = widget_headers(sys.argv[2] if len(sys.argv) == 3 else '')
    problems = []
    check_no_loose_files(source_dir, problems)
    check_includes(source_dir, problems, widgets)
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
