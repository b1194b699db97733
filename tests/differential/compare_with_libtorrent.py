#!/usr/bin/python3
"""Differential test: torrents made by libtorrent itself must read the same in tracker-inspector.

For each case, libtorrent (python3-libtorrent, Debian) creates a torrent at test time; then
`tracker-inspector info --json` and `lt.torrent_info` read it, and the v1/v2 info hashes, file
count and total size (pad files excluded), piece length and count, private flag, name and tracker
tiers must agree. libtorrent shuffles the trackers inside a tier, so tiers compare as sets.

Usage: compare_with_libtorrent.py PATH/TO/tracker-inspector
"""
import json
import os
import subprocess
import sys
import tempfile

import libtorrent as lt

PIECE = 16384
LIMITS = {'max_buffer_size': 512 << 20, 'max_pieces': 32 << 20, 'max_decode_tokens': 64 << 20}
TRACKERS = ['http://127.0.0.1:6969/announce', 'udp://127.0.0.1:6969/announce']


def write_files(root, files):
    for relative, size in files:
        path = os.path.join(root, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'wb') as handle:
            handle.write(bytes((i * 7 + len(relative)) % 251 for i in range(size)))


def link_flags(case):
    return lt.create_torrent.symlinks if case.get('symlinks') else 0


def make_torrent(workdir, case):
    """Writes the case's content, lets libtorrent make the torrent, returns its path."""
    content = os.path.join(workdir, case['name'] + '-content')
    top = os.path.join(content, case['top'])
    fs = lt.file_storage()
    if case.get('fake_hashes'):
        for relative, size in case['files']:
            fs.add_file(os.path.join(case['top'], relative), size)
    else:
        if len(case['files']) == 1 and case['files'][0][0] == '':
            write_files(content, [(case['top'], case['files'][0][1])])
        else:
            write_files(top, case['files'])
        for link, target in case.get('symlinks', []):  # BEP 47: kept as links, 0 bytes
            os.symlink(target, os.path.join(top, link))
        lt.add_files(fs, top, flags=link_flags(case))
    torrent = lt.create_torrent(fs, PIECE, flags=case.get('flags', 0) | link_flags(case))
    for tier, urls in enumerate(case.get('tiers', [TRACKERS[:1]])):
        for url in urls:
            torrent.add_tracker(url, tier)
    if case.get('private'):
        torrent.set_priv(True)
    torrent.set_creator('differential test')
    if case.get('fake_hashes'):
        for piece in range(torrent.num_pieces()):
            torrent.set_hash(piece, bytes([piece % 255 + 1]) * 20)
    else:
        lt.set_piece_hashes(torrent, content)
    path = os.path.join(workdir, case['name'] + '.torrent')
    with open(path, 'wb') as handle:
        handle.write(lt.bencode(torrent.generate()))
    return path


def libtorrent_view(path):
    info = lt.torrent_info(path, LIMITS)
    files = info.files()
    real = [i for i in range(files.num_files())
            if not files.file_flags(i) & lt.file_storage.flag_pad_file]
    hashes = info.info_hashes()
    tiers = {}
    for entry in info.trackers():
        tiers.setdefault(entry.tier, set()).add(entry.url)
    return {
        'name': info.name(),
        'info_hash_v1': str(hashes.v1) if hashes.has_v1() else None,
        'info_hash_v2': str(hashes.v2) if hashes.has_v2() else None,
        'file_count': len(real),
        'total_size': sum(files.file_size(i) for i in real),
        'piece_length': info.piece_length(),
        'piece_count': info.num_pieces(),
        'private': info.priv(),
        'trackers': [tiers[tier] for tier in sorted(tiers)],
    }


def inspector_view(executable, path):
    run = subprocess.run([executable, 'info', path, '--json'], capture_output=True, timeout=60)
    if run.returncode != 0:
        raise AssertionError('tracker-inspector failed on %s: %s' % (path, run.stderr.decode()))
    data = json.loads(run.stdout)
    view = {key: data[key] for key in ('name', 'info_hash_v1', 'info_hash_v2', 'file_count',
                                       'total_size', 'piece_length', 'piece_count', 'private')}
    view['trackers'] = [set(tier) for tier in data['trackers']]
    return view, data['warnings']


def cases():
    multi = [('a.txt', 1000), ('sub/b.bin', 70000), ('sub/deeper/c.dat', 16384), ('empty', 0)]
    unicode_files = [('Ünïcödé/日本語.txt', 5000), ('Ünïcödé/файл ☕.bin', 40000),
                     ('emoji 🎉.txt', 123)]
    many = [('dir%03d/file%05d.txt' % (i // 100, i), 1 + (i * 37) % 3000) for i in range(10000)]
    tiers = [['http://127.0.0.1:6969/announce', 'https://localhost:8443/announce'],
             ['udp://127.0.0.1:6969/announce'], ['ws://127.0.0.1:8000', 'udp://[::1]:6970/announce']]
    return [
        {'name': 'v1-single', 'top': 'single.bin', 'files': [('', 100000)],
         'flags': lt.create_torrent.v1_only},
        {'name': 'v1-multi', 'top': 'multi', 'files': multi, 'flags': lt.create_torrent.v1_only},
        {'name': 'v2-single', 'top': 'single2.bin', 'files': [('', 50000)],
         'flags': lt.create_torrent.v2_only},
        {'name': 'v2-multi', 'top': 'multi2', 'files': multi, 'flags': lt.create_torrent.v2_only},
        {'name': 'hybrid-single', 'top': 'single3.bin', 'files': [('', 70000)]},
        {'name': 'hybrid-multi', 'top': 'multi3', 'files': multi},
        {'name': 'v1-10k-files', 'top': 'many', 'files': many, 'fake_hashes': True,
         'flags': lt.create_torrent.v1_only},
        {'name': 'private', 'top': 'private', 'files': multi[:2], 'private': True},
        {'name': 'unicode', 'top': 'Tracker Inspector — démo ☕', 'files': unicode_files},
        {'name': 'tiers', 'top': 'tiers', 'files': multi[:1], 'tiers': tiers},
        {'name': 'no-trackers', 'top': 'none', 'files': multi[:1], 'tiers': []},
        {'name': 'symlinks-v1', 'top': 'links1', 'files': multi[:2],
         'symlinks': [('link', 'a.txt'), ('sub/up', '../a.txt')],
         'flags': lt.create_torrent.v1_only},
        {'name': 'symlinks-v2', 'top': 'links2', 'files': multi[:2],
         'symlinks': [('link', 'a.txt')], 'flags': lt.create_torrent.v2_only},
        {'name': 'symlinks-hybrid', 'top': 'links3', 'files': multi[:2],
         'symlinks': [('link', 'a.txt')]},
    ]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    executable = sys.argv[1]
    failures = 0
    with tempfile.TemporaryDirectory(prefix='ti-differential-') as workdir:
        for case in cases():
            path = make_torrent(workdir, case)
            expected = libtorrent_view(path)
            actual, warnings = inspector_view(executable, path)
            differences = {key: (expected[key], actual[key]) for key in expected
                           if expected[key] != actual[key]}
            status = 'ok' if not differences and not warnings else 'FAIL'
            print('%-14s %s  v1=%s v2=%s files=%d size=%d' % (
                case['name'], status, expected['info_hash_v1'], expected['info_hash_v2'],
                expected['file_count'], expected['total_size']))
            for key, (theirs, ours) in differences.items():
                print('    %s: libtorrent %r, tracker-inspector %r' % (key, theirs, ours))
            for warning in warnings:
                print('    unexpected warning: %s' % warning)
            failures += status != 'ok'
    print('%d of %d cases differ' % (failures, len(cases())))
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
