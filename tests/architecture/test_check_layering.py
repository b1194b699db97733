#!/usr/bin/env python3
"""Tests of check_layering.py itself: it must catch what it promises, on small made-up trees."""
import os
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True  # nothing written into the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check_layering  # noqa: E402

LONG_BODY = '\n'.join('    work();' for _ in range(70))


def lengths(text):
    return [count for _, count in check_layering.function_lengths(text)]


class FunctionLengths(unittest.TestCase):
    def test_every_kind_of_function_is_measured(self):
        cases = {
            'plain': f'void f()\n{{\n{LONG_BODY}\n}}\n',
            'constructor with brace initialisers': f'A::A()\n    : m_a{{1}}\n    , m_b{{2}}\n{{\n'
                                                   f'{LONG_BODY}\n}}\n',
            'default argument in braces': f'void f(QList<int> a = {{}})\n{{\n{LONG_BODY}\n}}\n',
            'inline in a class': f'class A\n{{\npublic:\n    void g()\n    {{\n{LONG_BODY}\n    }}\n'
                                 f'    int m_x{{0}};\n}};\n',
            'in an anonymous namespace': f'namespace {{\nint h(int a)\n{{\n{LONG_BODY}\n}}\n}}\n',
            'template': f'template<typename T>\nvoid t(T a)\n{{\n{LONG_BODY}\n}}\n',
        }
        for name, text in cases.items():
            with self.subTest(name):
                found = lengths(text)
                self.assertEqual(len(found), 1, found)
                self.assertGreater(found[0], check_layering.MAXIMUM_FUNCTION_LINES)

    def test_braces_that_are_no_function(self):
        enum = 'enum class E {\n' + ',\n'.join(f'    V{i}' for i in range(70)) + '\n};\n'
        values = 'const QList<int> kList{\n' + ',\n'.join(str(i) for i in range(70)) + '\n};\n'
        self.assertEqual(lengths(enum), [])
        self.assertEqual(lengths(values), [])
        self.assertEqual(lengths('void q()\n{\n    auto l = [] {\n        return 1;\n    };\n}\n'),
                         [6])


class Includes(unittest.TestCase):
    def tree(self, files):
        directory = tempfile.mkdtemp()
        for path, text in files.items():
            full = os.path.join(directory, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, 'w', encoding='utf-8') as handle:
                handle.write(text)
        for root in check_layering.ROOTS:
            os.makedirs(os.path.join(directory, root), exist_ok=True)
        return directory

    def problems(self, files, widgets=()):
        directory = self.tree(files)
        found = []
        check_layering.check_no_loose_files(directory, found)
        check_layering.check_includes(directory, found, set(widgets))
        return found

    def test_a_clean_tree_passes(self):
        self.assertEqual(self.problems({
            'core/tracker/a.h': '#include "metainfo/b.h"\n',
            'core/metainfo/b.h': '#include <QString>\n',
        }), [])

    def test_wrong_direction_either_quote_style(self):
        for include in ('"engine/e.h"', '<engine/e.h>'):
            with self.subTest(include):
                found = self.problems({'core/tracker/a.h': f'#include {include}\n',
                                       'core/engine/e.h': ''})
                self.assertTrue(any('may not include core/engine' in p for p in found), found)

    def test_protocols_never_include_one_another(self):
        found = self.problems({'core/tracker/udp/u.cpp': '#include "tracker/http/h.h"\n',
                               'core/tracker/http/h.h': ''})
        self.assertTrue(any('core/tracker/udp may not include core/tracker/http' in p
                            for p in found), found)

    def test_common_is_below_everything(self):
        self.assertEqual(self.problems({
            'core/bencode/b.h': '#include "common/expected.h"\n',
            'core/report/r.h': '#include "common/expected.h"\n',
            'core/common/expected.h': '',
        }), [])
        found = self.problems({'core/common/c.h': '#include "bencode/b.h"\n',
                               'core/bencode/b.h': ''})
        self.assertTrue(any('core/common may not include core/bencode' in p for p in found), found)

    def test_widgets_in_core(self):
        found = self.problems({'core/engine/e.h': '#include <QWidget>\n'}, widgets={'QWidget'})
        self.assertTrue(any('Qt Widgets' in p for p in found), found)
        found = self.problems({'core/engine/e.h': '#include <QtWidgets/QDialog>\n'})
        self.assertTrue(any('Qt Widgets' in p for p in found), found)

    def test_loose_files_and_bare_includes(self):
        found = self.problems({'core/loose.cpp': '', 'ui/x/v.cpp': '#include "v.h"\n',
                               'ui/x/v.h': ''})
        self.assertTrue(any('lies directly in core/' in p for p in found), found)
        self.assertTrue(any('not written with its folder' in p for p in found), found)


if __name__ == '__main__':
    unittest.main()
