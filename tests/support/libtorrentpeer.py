#!/usr/bin/env python3
"""A libtorrent session for the swarm tests (python3-libtorrent), run only inside a network namespace
of the test's own. DHT, local service discovery, UPnP and NAT-PMP are off; it talks to the torrent's
trackers and to peers on loopback, nothing else.

  libtorrentpeer.py make-torrent DATA_FILE SIZE TORRENT_FILE TRACKER_URL...
      writes SIZE random bytes to DATA_FILE and a v1 torrent of it, one tier per tracker, and
      prints its info hash (hex)
  libtorrentpeer.py seed TORRENT_FILE DATA_DIRECTORY PORT
      seeds on 127.0.0.1:PORT; prints "seeding" once the data is checked, and "announced URL"
      after each successful announce; runs until it is terminated (SIGTERM)
"""

import os
import signal
import sys
import time

import libtorrent

POLL_SECONDS = 0.1
PIECE_LENGTH = 16 * 1024


def make_torrent(data_file, size, torrent_file, trackers):
    with open(data_file, "wb") as data:
        data.write(os.urandom(int(size)))
    storage = libtorrent.file_storage()
    libtorrent.add_files(storage, data_file)
    creator = libtorrent.create_torrent(storage, PIECE_LENGTH, flags=libtorrent.create_torrent.v1_only)
    for tier, tracker in enumerate(trackers):
        creator.add_tracker(tracker, tier)
    libtorrent.set_piece_hashes(creator, os.path.dirname(os.path.abspath(data_file)))
    with open(torrent_file, "wb") as output:
        output.write(libtorrent.bencode(creator.generate()))
    say(str(libtorrent.torrent_info(torrent_file).info_hash()))


def session_settings(port):
    return {
        "listen_interfaces": f"127.0.0.1:{port}",
        "enable_dht": False,
        "enable_lsd": False,
        "enable_upnp": False,
        "enable_natpmp": False,
        "enable_incoming_utp": False,
        "enable_outgoing_utp": False,
        # Every tracker of every tier hears from us (the test asks each of them).
        "announce_to_all_tiers": True,
        "announce_to_all_trackers": True,
        "allow_multiple_connections_per_ip": True,
        "alert_mask": libtorrent.alert.category_t.status_notification
        | libtorrent.alert.category_t.tracker_notification
        | libtorrent.alert.category_t.error_notification,
    }


def say(line):
    print(line, flush=True)


def seed(torrent_file, data_directory, port):
    stopping = []
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    session = libtorrent.session(session_settings(port))
    parameters = libtorrent.add_torrent_params()
    parameters.ti = libtorrent.torrent_info(torrent_file)
    parameters.save_path = data_directory
    handle = session.add_torrent(parameters)
    seeding = False
    while not stopping:
        for alert in session.pop_alerts():
            if isinstance(alert, libtorrent.tracker_reply_alert):
                say(f"announced {alert.tracker_url()}")
            elif isinstance(alert, (libtorrent.tracker_error_alert, libtorrent.torrent_error_alert)):
                say(f"error {alert.message()}")
        if not seeding and handle.status().is_seeding:
            seeding = True
            say("seeding")
        time.sleep(POLL_SECONDS)
    session.remove_torrent(handle)  # says `stopped` to the trackers on the way out


def main():
    if len(sys.argv) >= 5 and sys.argv[1] == "make-torrent":
        make_torrent(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:])
    elif len(sys.argv) == 5 and sys.argv[1] == "seed":
        seed(sys.argv[2], sys.argv[3], int(sys.argv[4]))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
