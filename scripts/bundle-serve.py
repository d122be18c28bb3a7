#!/usr/bin/env python3
"""Serve this copy of Push Error Codes the way a real web host does.

    python3 serve.py [--port 8000] [--bind ADDRESS]

Run it from anywhere: it serves the folder it sits in. Unlike
`python3 -m http.server`, it answers a missing page with the site's own
404.html and status 404, redirects (301) a page URL without its trailing
slash to the URL with it, and serves nothing outside the base path the site
was built for. It listens on every address unless given --bind (e.g.
--bind 127.0.0.1 for this machine only).

Standard library only (Python 3.7 or newer), so that a host with nothing but
Python 3 can serve the site. `npm run bundle` ships this file (the project's
scripts/bundle-serve.py) as serve.py, with BASE_PATH set to the site's.
"""
import argparse
import errno
import functools
import http.server
import os
import re
import socket
import sys
import urllib.parse

if sys.version_info < (3, 7):
    sys.exit("serve.py needs Python 3.7 or newer (this is Python %s)" % sys.version.split()[0])

BASE_PATH = "/"  # the base path the site was built for; `npm run bundle` sets it

HERE = os.path.dirname(os.path.abspath(__file__))
BASE_SEGMENTS = [s for s in BASE_PATH.split("/") if s]
SITE = os.path.join(HERE, *BASE_SEGMENTS)

# Types the site needs that Python's table lacks or gives without a charset.
# Anything else not in Python's table (Pagefind's .pagefind and .pf_* files)
# goes out as application/octet-stream, as nginx sends it.
TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".svg": "image/svg+xml",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".wasm": "application/wasm",
    ".webmanifest": "application/manifest+json",
}


def resolve(target):
    """What a web host answers for a request target ("/errors/tpns/?q=1").

    Returns (200, file path relative to SITE with forward slashes),
    (301, the URL path and query to redirect to) or (404, None).
    """
    path, question, query = target.partition("?")
    if not path.startswith("/"):
        return 404, None
    segments = []
    for raw in path.split("/"):
        if raw == "":
            continue  # "//" is "/", as with nginx
        try:
            segment = urllib.parse.unquote(raw, errors="strict")
        except UnicodeDecodeError:
            return 404, None
        if segment in (".", "..") or any(c in segment for c in "/\\\0"):
            return 404, None
        segments.append(segment)
    if segments[: len(BASE_SEGMENTS)] != BASE_SEGMENTS:
        return 404, None
    inside = segments[len(BASE_SEGMENTS):]
    trailing_slash = path.endswith("/")

    def is_file(parts):
        full = os.path.normpath(os.path.join(SITE, *parts))
        return os.path.commonpath([SITE, full]) == SITE and os.path.isfile(full)

    redirect = (301, re.sub("/{2,}", "/", path) + "/" + question + query)
    if trailing_slash or not inside:
        if not is_file(inside + ["index.html"]):
            return 404, None
        return (200, "/".join(inside + ["index.html"])) if trailing_slash else redirect
    if is_file(inside):
        return 200, "/".join(inside)
    if is_file(inside + ["index.html"]):
        return redirect
    return 404, None


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Python's file handler, given only the files resolve() picks."""

    def do_GET(self):
        self.answer(send_body=True)

    def do_HEAD(self):
        self.answer(send_body=False)

    def answer(self, send_body):
        status, value = resolve(self.path)
        if status == 301:
            self.send_response(301)
            self.send_header("Location", value)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif status == 404:
            self.not_found(send_body)
        else:
            # The standard handler sends the file (Last-Modified, 304s).
            self.path = urllib.parse.quote("/" + value)
            f = self.send_head()
            if f:
                try:
                    if send_body:
                        self.copyfile(f, self.wfile)
                finally:
                    f.close()

    def not_found(self, send_body):
        try:
            with open(os.path.join(SITE, "404.html"), "rb") as f:
                body, content_type = f.read(), TYPES[".html"]
        except OSError:
            body, content_type = b"Not found\n", TYPES[".txt"]
        self.send_response(404)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def guess_type(self, path):
        extension = os.path.splitext(path)[1].lower()
        return TYPES.get(extension) or super().guess_type(path)


class DualStackServer(http.server.ThreadingHTTPServer):
    address_family = socket.AF_INET6

    def server_bind(self):
        self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        super().server_bind()


def make_server(bind, port):
    """A threading server on bind (None: every address, IPv6 and IPv4) and port."""
    handler = functools.partial(SiteHandler, directory=SITE)
    if bind is None:
        try:
            return DualStackServer(("::", port), handler)
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise
            bind = "0.0.0.0"  # no IPv6 on this host
    family, _, _, _, address = socket.getaddrinfo(
        bind, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE
    )[0]
    server_class = type("Server", (http.server.ThreadingHTTPServer,), {"address_family": family})
    return server_class(address[:2], handler)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Serve Push Error Codes from this folder.")
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    parser.add_argument(
        "--bind", "--host", metavar="ADDRESS", default=None,
        help="address to listen on (default: every address; 127.0.0.1 for this machine only)",
    )
    args = parser.parse_args(argv)
    if not os.path.isfile(os.path.join(SITE, "index.html")):
        sys.exit("serve.py: no site at %s: run serve.py from the unpacked push-error-codes-site folder" % SITE)
    try:
        server = make_server(args.bind, args.port)
    except OSError as error:
        sys.exit("serve.py: cannot listen on %s port %d: %s" % (args.bind or "every address", args.port, error.strerror or error))
    port = server.server_address[1]
    where = "every address" if args.bind is None else args.bind
    host = "localhost" if args.bind in (None, "0.0.0.0", "::") else args.bind
    host = "[%s]" % host if ":" in host else host
    print("Serving Push Error Codes on %s, port %d: open http://%s:%d%s (Ctrl-C stops)" % (where, port, host, port, BASE_PATH), flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
