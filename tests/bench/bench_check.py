#!/usr/bin/env python3
"""Times `tracker-inspector check` against WebTorrent's npm client over N live local trackers.

Starts N opentracker processes (one per port on 127.0.0.1, N at most 1000, all stopped by PID at
the end), then times whole processes, best of --runs:
  * webtorrent: node + bittorrent-tracker's Client announcing `started` to all N, exiting when
    every tracker answered;
  * check: `tracker-inspector check --json` — announce started, scrape, stopped — to all N.
Prints both and the ratio. With --silent M it also adds M UDP ports that never answer and times
`check --timeout T` (the round must cost about T, not M·T).

  bench_check.py --build build-dir [--count 500] [--protocol udp|http] [--runs 5]
                 [--silent 100 --timeout 3] [--executable PATH]
"""
import argparse
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

MAX_TRACKERS = 1000
START_WAIT_S = 10.0
INFO_HASH = "5449424543480000000000000000000000000001"

NODE_CLIENT = r"""
import Client from 'bittorrent-tracker'
const [urlsJson, infoHash] = process.argv.slice(-2)
const urls = JSON.parse(urlsJson)
const client = new Client({
  infoHash, peerId: Buffer.from('-WW0001-123456789012'), announce: urls, port: 6882,
})
const seen = new Set()
client.on('update', (data) => {
  if (seen.has(data.announce)) return
  seen.add(data.announce)
  if (seen.size === urls.length) { client.destroy(); process.exit(0) }
})
client.on('warning', () => {})
client.on('error', () => {})
client.start()
setTimeout(() => { console.error('only ' + seen.size + ' answered'); process.exit(1) }, 20000)
"""


def free_ports(count):
    sockets, ports = [], []
    for _ in range(count):
        tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        tcp.bind(("127.0.0.1", 0))
        sockets.append(tcp)
        ports.append(tcp.getsockname()[1])
    for tcp in sockets:
        tcp.close()
    return ports


def wait_listening(port, deadline):
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return True
        except OSError:
            time.sleep(0.01)
    return False


def start_trackers(count, directory):
    with open(os.path.join(directory, "whitelist.txt"), "w") as whitelist:
        whitelist.write(INFO_HASH + "\n")
    os.chmod(directory, 0o755)
    program = shutil.which("opentracker")
    if not program:
        sys.exit("opentracker is not installed")
    processes, ports = [], free_ports(count)
    for port in ports:
        processes.append(subprocess.Popen(
            [program, "-i", "127.0.0.1", "-p", str(port), "-P", str(port), "-d", directory,
             "-w", "whitelist.txt"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    deadline = time.monotonic() + START_WAIT_S
    for port in ports:
        if not wait_listening(port, deadline):
            stop(processes)
            sys.exit(f"opentracker on port {port} did not start")
    time.sleep(0.3)  # the whitelist is read right after the sockets open
    return processes, ports


def stop(processes):
    for process in processes:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)


def timed(command, environment=None, cwd=None):
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, env=environment, cwd=cwd)
    return (time.perf_counter() - started) * 1000.0, result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True, help="the CMake build directory")
    parser.add_argument("--executable", help="tracker-inspector to time (default: the build's)")
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--protocol", choices=["udp", "http"], default="udp")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--silent", type=int, default=0)
    parser.add_argument("--timeout", type=int, default=3)
    arguments = parser.parse_args()
    count = max(1, min(arguments.count, MAX_TRACKERS))
    executable = arguments.executable or os.path.join(arguments.build, "app",
                                                      "tracker-inspector")
    node_modules = os.path.join(arguments.build, "tests", "webtorrent-tracker", "node_modules")
    with tempfile.TemporaryDirectory() as directory:
        processes, ports = start_trackers(count, directory)
        silent_sockets = []
        try:
            urls = [f"{arguments.protocol}://127.0.0.1:{port}/announce" for port in ports]
            trackers_file = os.path.join(directory, "trackers.txt")
            with open(trackers_file, "w") as listing:
                listing.write("\n".join(urls) + "\n")
            magnet = f"magnet:?xt=urn:btih:{INFO_HASH}&dn=bench"
            check = [executable, "check", magnet, "--trackers-file", trackers_file, "--json",
                     "--timeout", "5"]
            check_times, node_times = [], []
            for _ in range(arguments.runs):
                elapsed, result = timed(check)
                report = json.loads(result.stdout)
                working = report["summary"]["working"]
                if working != count:
                    print(f"check: only {working} of {count} trackers working", file=sys.stderr)
                check_times.append(elapsed)
                if os.path.isdir(node_modules):
                    # An ES module: `import` resolves from the working directory.
                    elapsed, result = timed(["node", "--input-type=module", "-e", NODE_CLIENT,
                                             json.dumps(urls), INFO_HASH],
                                            cwd=os.path.dirname(node_modules))
                    if result.returncode != 0:
                        print("webtorrent:", result.stderr.decode().strip(), file=sys.stderr)
                    node_times.append(elapsed)
            best_check = min(check_times)
            print(f"{count} {arguments.protocol} trackers, best of {arguments.runs}:")
            print(f"  check (announce + scrape + stopped): {best_check:.0f} ms "
                  f"(median {statistics.median(check_times):.0f} ms)")
            if node_times:
                best_node = min(node_times)
                print(f"  webtorrent client (announce only):   {best_node:.0f} ms "
                      f"(median {statistics.median(node_times):.0f} ms)")
                print(f"  ratio check / webtorrent: {best_check / best_node:.2f}")
            else:
                print("  webtorrent client: not installed (build the test_support target)")
            if arguments.silent > 0:
                for _ in range(arguments.silent):
                    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                    udp.bind(("127.0.0.1", 0))
                    silent_sockets.append(udp)
                with open(trackers_file, "a") as listing:
                    for udp in silent_sockets:
                        listing.write(f"udp://127.0.0.1:{udp.getsockname()[1]}/announce\n")
                command = [executable, "check", magnet, "--trackers-file", trackers_file,
                           "--json", "--timeout", str(arguments.timeout)]
                elapsed, result = timed(command)
                summary = json.loads(result.stdout)["summary"]
                print(f"  with {arguments.silent} silent trackers and --timeout "
                      f"{arguments.timeout}: {elapsed:.0f} ms, "
                      f"{summary['working']} of {summary['trackers']} working")
        finally:
            for udp in silent_sockets:
                udp.close()
            stop(processes)


if __name__ == "__main__":
    main()
