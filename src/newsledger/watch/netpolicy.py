"""Which addresses the watcher may connect to: the public internet only, unless the analyst says so.

newsledger must never become a way into the analyst's own network: a feed (or a page it links
to, or a redirect) that points at 10.0.0.5, localhost or the cloud metadata service is refused.
A host is resolved once, every address it resolves to must be allowed, and the connection is then
made to that very address, so a DNS server cannot answer "public" to the check and "private" to
the connection. Addresses carried inside IPv6 ones (IPv4-mapped, 6to4, Teredo, NAT64) are judged
as the IPv4 address they carry.
"""
from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass

from ..errors import BadInput, Codes
from .rules import metadata_networks

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
NAT64 = ipaddress.ip_network("64:ff9b::/96")


class FetchError(BadInput):
    """A request that failed: refused, an error status, a timeout, too large. ``transient`` ones
    (timeouts, 5xx, 429) are tried again later; ``retry_after`` is the server's own wish, in seconds;
    ``status`` the HTTP status of an error answer."""

    def __init__(self, code: str, detail: str = "", transient: bool = False, retry_after: float | None = None,
                 status: int | None = None):
        super().__init__(code, detail)
        self.transient, self.retry_after, self.status = transient, retry_after, status


@dataclass(frozen=True)
class AddressPolicy:
    """``allow_private`` admits loopback, private, link-local and shared ranges (a news server on
    the intranet, the tests' server on 127.0.0.1); metadata endpoints, multicast, unspecified and
    reserved addresses are refused whatever it says."""

    allow_private: bool = False

    def refusal(self, ip: Address) -> str | None:
        """Why IP may not be connected to, or None when it may. An IPv6 address carrying an IPv4 one
        is judged as that one."""
        inner = embedded_ipv4(ip)
        if inner:
            return next((f"{why} (inside {ip})" for x in inner if (why := self.refusal(x))), None)
        if any(ip in net for net in metadata_networks() if net.version == ip.version):
            return "a cloud metadata endpoint"
        if ip.is_multicast or ip.is_unspecified or (ip.is_reserved and not ip.is_loopback):
            return "a multicast, unspecified or reserved address"
        if ip.is_global or self.allow_private:
            return None
        return "a loopback address" if ip.is_loopback else "a link-local address" if ip.is_link_local \
            else "a private or non-public address"

    def vet(self, host: str, port: int) -> Address:
        """The address to connect to for HOST:PORT. Raises FetchError E030 when HOST resolves to any
        refused address, E032 when it does not resolve."""
        addresses = resolve(host, port)
        for ip in addresses:
            if why := self.refusal(ip):
                raise FetchError(Codes.E030, f"{host} resolves to {ip}: {why} (--allow-private admits private ranges)")
        return addresses[0]


def embedded_ipv4(ip: Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address carries (mapped, 6to4, Teredo server and client, NAT64)."""
    if not isinstance(ip, ipaddress.IPv6Address):
        return []
    found = [ip.ipv4_mapped, ip.sixtofour, *(ip.teredo or ())]
    if ip in NAT64:
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return [x for x in found if x is not None]


def resolve(host: str, port: int) -> list[Address]:
    """Every address HOST resolves to (an IP literal resolves to itself), in the resolver's order."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError, OSError) as err:
        raise FetchError(Codes.E032, f"{host}: cannot resolve ({err})", transient=True) from None
    seen: dict[Address, None] = {}
    for info in infos:
        seen.setdefault(ipaddress.ip_address(str(info[4][0]).split("%")[0]), None)
    if not seen:
        raise FetchError(Codes.E032, f"{host}: no address", transient=True)
    return list(seen)
