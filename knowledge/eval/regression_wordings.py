#!/usr/bin/env python3
"""Collects the wordings the knowledge tests assert as answered or not stated into a question file for
`kb fit-unstated`, so that the learned unstated model also learns from the hard cases the rules were written for.

    python3 knowledge/eval/regression_wordings.py > knowledge/src/test/resources/fit/regression-wordings.jsonl

Read: assertAnswered("…") and kb.ask("…").notCovered()).isFalse() → colloquial; assertNotStated("…") and
kb.ask("…").notCovered()).isTrue() → unstated. Evidence is left empty: the unstated fit needs only the label.
"""
import glob
import json
import os
import re
import sys

TESTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'src', 'test', 'java', 'cn', 'jiangle',
                     'ecojustice', 'knowledge')
S = r'"((?:[^"\\]|\\.)*)"'
PATTERNS = [(r'assertAnswered\(' + S, 'colloquial'), (r'assertNotStated\(' + S, 'unstated'),
            (r'kb\.ask\(' + S + r'\)\.notCovered\(\)\)\.isFalse\(\)', 'colloquial'),
            (r'kb\.ask\(' + S + r'\)\.notCovered\(\)\)\.isTrue\(\)', 'unstated')]


def main():
    seen = set()
    n = 0
    for path in sorted(glob.glob(os.path.join(TESTS, '*.java'))):
        source = open(path, encoding='utf-8').read()
        for pattern, kind in PATTERNS:
            for m in re.finditer(pattern, source):
                q = m.group(1).replace('\\n', '\n').replace('\\"', '"')
                if q in seen:
                    continue
                seen.add(q)
                n += 1
                sys.stdout.write(json.dumps({'id': 'r%03d' % n, 'q': q, 'evidence': [], 'type': kind,
                                             'from': os.path.basename(path)[:-5]}, ensure_ascii=False) + '\n')


if __name__ == '__main__':
    main()
