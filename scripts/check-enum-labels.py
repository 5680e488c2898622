#!/usr/bin/env python3
"""House rule: every label an EnumText<E> gives is marked for translation.

    scripts/check-enum-labels.py [SOURCE_DIR]

An entry reads EnumEntry<E>{E::Value, "key", QT_TRANSLATE_NOOP("Context", "Label")}: lupdate
only collects labels wrapped in QT_TRANSLATE_NOOP, and a bare "Label" would be shown in English
in every language. The context must be the one EnumText<E>::Context names, which enumLabel()
looks the label up in.
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parent.parent)
entry = re.compile(r'EnumEntry<(\w+)>\{([^{}]*)\}')
problems = []
for path in sorted([*root.glob('include/**/*.h'), *root.glob('src/**/*.h'), *root.glob('src/**/*.cpp')]):
    text = path.read_text(encoding='utf-8')
    if 'EnumEntry<' not in text:
        continue
    contexts = dict(re.findall(r'struct EnumText<(\w+)>\s*\{\s*static constexpr const char\* Context = "(\w+)"', text))
    for match in entry.finditer(text):
        enum, body = match.group(1), ' '.join(match.group(2).split())
        line = text.count('\n', 0, match.start()) + 1
        where = f'{path.relative_to(root)}:{line}'
        marked = re.search(r'QT_TRANSLATE_NOOP\("(\w+)",', body)
        if enum not in contexts:
            continue  # an example in a comment, not a specialisation
        if not marked:
            problems.append(f'{where}: {body} (wrap the label in QT_TRANSLATE_NOOP("{contexts[enum]}", ...))')
        elif marked.group(1) != contexts[enum]:
            problems.append(f'{where}: context "{marked.group(1)}", but EnumText<{enum}>::Context is "{contexts[enum]}"')
if problems:
    print('check-enum-labels: labels lupdate cannot see or enumLabel() cannot find:', file=sys.stderr)
    print('\n'.join(problems), file=sys.stderr)
    sys.exit(1)
print('check-enum-labels: every enum label is marked for translation in its own context')
