"""Headless chromium driven over the DevTools protocol on a pipe (``--remote-debugging-pipe``: messages
on file descriptors 3 and 4, each ended by a NUL byte): no WebSocket library, no fixed waits; every
step waits for the browser's own answer or event."""
from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
         "--remote-debugging-pipe", "--window-size=1000,1400"]


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.skip("chromium is not installed (.ci/run installs it)")
    return found


def _high(fd: int) -> int:
    """``fd`` moved to a number of 10 or more (closing the old one)."""
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
    os.close(fd)
    return moved


class Browser:
    """One headless chromium and one page (tab) in it."""

    def __init__(self, profile: Path) -> None:
        to_browser_r, self.to_browser = os.pipe()
        self.from_browser, from_browser_w = os.pipe()
        to_browser_r, from_browser_w = (_high(fd) for fd in (to_browser_r, from_browser_w))  # not 3 or 4 already
        command = f'exec "$0" "$@" 3<&{to_browser_r} 4>&{from_browser_w}'

        self.proc = subprocess.Popen(["bash", "-c", command, chromium(), *FLAGS, f"--user-data-dir={profile}",
                                      "about:blank"], pass_fds=(to_browser_r, from_browser_w),
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer, self.next_id, self.events = b"", 0, []
        targets = self.call("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.call("Target.attachToTarget", targetId=page["targetId"], flatten=True)["sessionId"]
        self.call("Page.enable", session=True)

    def _message(self) -> dict[str, Any]:
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_browser, 1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed its DevTools pipe")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, session: bool = False, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        message: dict[str, Any] = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        while True:
            answer = self._message()
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            self.events.append(answer)

    def wait_event(self, method: str) -> dict[str, Any]:
        for n, event in enumerate(self.events):
            if event.get("method") == method:
                return self.events.pop(n)
        while True:
            event = self._message()
            if event.get("method") == method:
                return event
            self.events.append(event)

    def page_call(self, method: str, **params: Any) -> dict[str, Any]:
        return self.call(method, session=True, **params)

    def load(self, url: str) -> None:
        self.events.clear()
        self.page_call("Page.navigate", url=url)
        self.wait_event("Page.loadEventFired")

    def node(self, selector: str) -> int:
        root = self.page_call("DOM.getDocument", depth=0)["root"]["nodeId"]
        found = self.page_call("DOM.querySelector", nodeId=root, selector=selector)["nodeId"]
        if not found:
            raise AssertionError(f"no {selector} on the page")
        return found

    def paste(self, selector: str, text: str) -> None:
        """Focus the field and insert ``text`` as a paste does."""
        self.page_call("DOM.focus", nodeId=self.node(selector))
        self.page_call("Input.insertText", text=text)

    def press_enter_on(self, selector: str) -> None:
        """Focus ``selector`` (a button) and press Enter, then wait for the page that loads."""
        self.events.clear()
        self.page_call("DOM.focus", nodeId=self.node(selector))
        for kind in ("keyDown", "keyUp"):
            self.page_call("Input.dispatchKeyEvent", type=kind, key="Enter", code="Enter",
                           windowsVirtualKeyCode=13, **({"text": "\r"} if kind == "keyDown" else {}))
        self.wait_event("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (a promise is awaited)."""
        answer = self.page_call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True,
                                userGesture=True)
        if "exceptionDetails" in answer:
            raise AssertionError(f"{expression}: {answer['exceptionDetails']}")
        return answer["result"].get("value")

    def html(self, selector: str = "html") -> str:
        return self.page_call("DOM.getOuterHTML", nodeId=self.node(selector))["outerHTML"]

    def screenshot(self, path: Path) -> None:
        data = self.page_call("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"]
        path.write_bytes(base64.b64decode(data))

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except (RuntimeError, OSError):
            pass
        self.proc.wait(60)
        os.close(self.to_browser)
        os.close(self.from_browser)
