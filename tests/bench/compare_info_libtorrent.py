#!/usr/bin/python3
"""Times the whole `tracker-inspector info --json FILE` process against libtorrent's
`lt.torrent_info(FILE)` (python3-libtorrent, limits raised) on three generated torrents:
a ~40 MB v1 torrent (huge piece list), a 20,000-file v1 torrent and a hybrid (v1 + v2) torrent.

Each tool runs RUNS times per file as a fresh process; the median wall time is reported net of
start-up (the median on a tiny torrent is subtracted), with the peak resident memory of the
process (/usr/bin/time's %M), raw and net of the tiny torrent's.

Usage: compare_info_libtorrent.py PATH/TO/tracker-inspector [RUNS]
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

import libtorrent as lt

PIECE = 16384
LIBTORRENT_READER = ('import sys, libtorrent as lt\n'
                     'lt.torrent_info(sys.argv[1], {"max_buffer_size": 512 << 20,'
                     ' "max_pieces": 32 << 20, "max_decode_tokens": 64 << 20})\n')


def write(path, entry):
    with open(path, 'wb') as handle:
        handle.write(lt.bencode(entry))
    return path


def huge_v1(directory):
    pieces = 2_100_000  # 42 MB of piece hashes
    return write(os.path.join(directory, 'huge-v1.torrent'), {
        'announce': 'http://127.0.0.1:6969/announce',
        'info': {'name': 'huge.bin', 'length': pieces * PIECE, 'piece length': PIECE,
                 'pieces': os.urandom(pieces * 20)}})


def many_files(directory):
    files = [{'length': 1000 + (i * 7919) % 200_000,
              'path': ['folder%d' % (i // 500), 'file%06d.dat' % i]} for i in range(20_000)]
    total = sum(entry['length'] for entry in files)
    return write(os.path.join(directory, 'many-files.torrent'), {
        'announce': 'http://127.0.0.1:6969/announce',
        'info': {'name': 'many files', 'files': files, 'piece length': PIECE,
                 'pieces': os.urandom((total + PIECE - 1) // PIECE * 20)}})


def hybrid(directory):
    content = os.path.join(directory, 'hybrid-content', 'hybrid')
    os.makedirs(content)
    for i in range(2000):
        with open(os.path.join(content, 'file%05d.bin' % i), 'wb') as handle:
            handle.write(os.urandom(20_000 + i))
    files = lt.file_storage()
    lt.add_files(files, content)
    torrent = lt.create_torrent(files, PIECE)
    torrent.add_tracker('http://127.0.0.1:6969/announce', 0)
    lt.set_piece_hashes(torrent, os.path.dirname(content))
    return write(os.path.join(directory, 'hybrid.torrent'), torrent.generate())


def tiny(directory):
    return write(os.path.join(directory, 'tiny.torrent'), {
        'announce': 'http://127.0.0.1:6969/announce',
        'info': {'name': 'tiny', 'length': 5, 'piece length': PIECE, 'pieces': os.urandom(20)}})


def measure(command):
    """Runs command once; returns (wall seconds, peak resident KiB). The peak comes from
    /usr/bin/time: a child forked from this (large) Python process would inherit its high-water
    mark in ru_maxrss."""
    with tempfile.NamedTemporaryFile('r') as report:
        start = time.perf_counter()
        run = subprocess.run(['/usr/bin/time', '-f', '%M', '-o', report.name] + command,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        elapsed = time.perf_counter() - start
        if run.returncode != 0:
            raise SystemExit('%s failed: %s' % (' '.join(command), run.stderr.decode()))
        return elapsed, int(report.read().split()[-1])


def median_run(command, runs):
    results = [measure(command) for _ in range(runs)]
    return (statistics.median(r[0] for r in results) * 1000,
            statistics.median(r[1] for r in results) / 1024)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    executable = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 11
    tools = {
        'tracker-inspector': lambda path: [executable, 'info', '--json', path],
        'libtorrent': lambda path: ['/usr/bin/python3', '-c', LIBTORRENT_READER, path],
    }
    with tempfile.TemporaryDirectory(prefix='ti-bench-') as directory:
        baseline_path = tiny(directory)
        torrents = [huge_v1(directory), many_files(directory), hybrid(directory)]
        baseline = {name: median_run(tool(baseline_path), runs) for name, tool in tools.items()}
        print('start-up (tiny torrent): ' + ', '.join(
            '%s %.1f ms, %.1f MiB' % (name, *baseline[name]) for name in tools))
        print('%-20s %8s | %12s %9s %9s | %12s %9s %9s | %7s' % (
            'torrent', 'MB', 'ours ms net', 'peak MiB', 'net MiB',
            'lt ms net', 'peak MiB', 'net MiB', 'speedup'))
        for path in torrents:
            row = {}
            for name, tool in tools.items():
                wall, peak = median_run(tool(path), runs)
                row[name] = (wall - baseline[name][0], peak, peak - baseline[name][1])
            ours, theirs = row['tracker-inspector'], row['libtorrent']
            print('%-20s %8.1f | %12.1f %9.1f %9.1f | %12.1f %9.1f %9.1f | %6.1fx' % (
                os.path.basename(path), os.path.getsize(path) / 1e6, *ours, *theirs,
                theirs[0] / max(ours[0], 0.1)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
