"""A local web server for URL tests: article pages, a redirect, a 404, a slow, a trickling and a huge answer, a PDF.

Started by a test on 127.0.0.1 (a free port); it records every path asked for in ``served``.
"""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

BODY = ("<p>Thành phố Hà Nội vừa quyết định mở thêm mười hai tuyến xe buýt điện phục vụ người dân ở các quận "
        "nội thành và ngoại thành từ tháng sau.</p>\n"
        "<p>Theo Sở Giao thông vận tải, các tuyến mới sẽ kết nối những khu dân cư đông đúc với các bến xe lớn, "
        "giúp giảm ùn tắc và ô nhiễm không khí.</p>\n"
        "<p>Mỗi xe buýt điện chở được khoảng 60 hành khách và chạy được 200 km sau mỗi lần sạc đầy.</p>\n")
RELATED = ("<aside class=\"related\"><h3>Tin liên quan</h3><ul>"
           "<li><a href=\"/a\">Việt Nam chuẩn bị cho APEC 2025 tại Hàn Quốc</a></li>"
           "<li><a href=\"/b\">Giá vàng hôm nay 12/3/2024 tăng mạnh</a></li>"
           "<li><a href=\"/c\">Ngày 1/1/2025: những quy định mới có hiệu lực</a></li></ul></aside>")
NAV = ("<nav><ul><li><a href=\"/\">Trang chủ</a></li><li><a href=\"/thoi-su\">Thời sự</a></li>"
       "<li><a href=\"/kinh-te\">Kinh tế</a></li><li><a href=\"/the-gioi\">Thế giới</a></li></ul></nav>")
TITLE = "Hà Nội mở thêm mười hai tuyến xe buýt điện"


def page(meta: str = "", dateline: str = "") -> bytes:
    return (f"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>{TITLE}</title>{meta}</head>"
            f"<body>{NAV}<main><article><h1>{TITLE}</h1>{dateline}{BODY}</article>{RELATED}</main>"
            "<footer>© 2024 Báo Mẫu. Ghi rõ nguồn khi phát hành lại.</footer></body></html>").encode("utf-8")


PLAIN = (f"{TITLE}\n\n" + BODY.replace("<p>", "").replace("</p>", "\n")).encode("utf-8")
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + b"0" * 2000 + b"\n%%EOF\n"
HUGE = 3_000_000


class Handler(BaseHTTPRequestHandler):
    served: list[str] = []

    def log_message(self, *args) -> None:  # quiet
        pass

    def send(self, status: int, body: bytes, kind: str = "text/html; charset=utf-8", length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _trickle(self, chunk: bytes) -> None:
        """Send ``chunk`` again and again until the client hangs up."""
        try:
            while True:
                self.wfile.write(chunk)
                self.wfile.flush()
                time.sleep(0.01)
        except OSError:
            pass

    def do_GET(self) -> None:  # noqa: N802
        self.served.append(self.path)
        path = self.path
        if path == "/tin/xe-buyt-dien.html":
            self.send(200, page())
        elif path == "/tin/co-ngay.html":
            self.send(200, page(meta='<meta property="article:published_time" content="2025-05-08T16:53:00+07:00">'))
        elif path == "/tin/dateline.html":
            self.send(200, page(dateline='<p class="date">Thứ năm, 8/5/2025, 16:53 (GMT+7)</p>'))
        elif path == "/tin/plain.txt":
            self.send(200, PLAIN, "text/plain; charset=utf-8")
        elif path == "/old-address":
            self.send_response(301)
            self.send_header("Location", "/tin/xe-buyt-dien.html")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", f"/loop{int(path[5:] or 0) + 1}")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif path == "/slow":
            time.sleep(3)
            self.send(200, page())
        elif path == "/huge":
            self.send(200, b"<p>" + b"a" * HUGE + b"</p>")
        elif path == "/huge-unannounced":  # no Content-Length: the size cap must cut the stream
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                for _ in range(HUGE // 65536 + 1):
                    self.wfile.write(b"a" * 65536)
            except OSError:
                pass
        elif path == "/trickle":  # a byte at a time, forever: only a deadline on the whole page ends it
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self._trickle(b"<")
        elif path == "/trickle-headers":  # the headers never end
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            self._trickle(b"X-Slow: 1\r\n")
        elif path == "/report.pdf":
            self.send(200, PDF, "application/pdf")
        elif path == "/pdf-as-html":
            self.send(200, PDF, "text/html")
        else:
            self.send(404, b"<h1>Not found</h1>")


class QuietServer(ThreadingHTTPServer):
    """A test server whose handlers may outlive a client that gave up (slow or huge answers): a broken
    connection is expected there, and its traceback must not land in a later test's stderr."""

    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # noqa: ARG002
        pass


@contextmanager
def web_server() -> Iterator[tuple[str, list[str]]]:
    """``(base URL, paths served)`` of a server running for the block."""
    served: list[str] = []
    handler = type("H", (Handler,), {"served": served})
    server = QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", served
    finally:
        server.shutdown()
        server.server_close()
