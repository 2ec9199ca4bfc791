package fetch

import (
	"context"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"syscall"
	"time"
)

// A redirect must not turn pith into a way into the network it runs in: a
// page on the public web that redirects to 169.254.169.254 (the cloud
// metadata service), to localhost or to a LAN address would otherwise
// have pith fetch it. So a fetch whose own URL is public connects only to
// public addresses, checked on the address actually dialled, after name
// resolution: a name that resolves to a public address first and to a
// private one later (DNS rebinding) is caught too. A URL the user gave
// that is itself private stays allowed, redirects included.

// PrivateRedirectError refuses a redirect from a public address to a
// private one.
type PrivateRedirectError struct{ Host string }

func (e *PrivateRedirectError) Error() string {
	return "redirect to private address " + e.Host + " refused (--allow-private-redirects permits it)"
}

// privateDial is the dialer's refusal. Get turns it into a
// *PrivateRedirectError, or into a private fetch when no redirect had
// been followed yet (the user's own URL is private).
type privateDial struct{ addr netip.Addr }

func (e *privateDial) Error() string { return "private address " + e.addr.String() }

// publicAddr reports whether a is a global address: not loopback,
// private (RFC 1918, RFC 4193), link-local, unspecified or "this network".
func publicAddr(a netip.Addr) bool {
	a = a.Unmap()
	switch {
	case !a.IsValid(), a.IsUnspecified(), a.IsLoopback(), a.IsPrivate(),
		a.IsLinkLocalUnicast(), a.IsLinkLocalMulticast(), a.IsInterfaceLocalMulticast():
		return false
	case a.Is4() && a.As4()[0] == 0: // 0.0.0.0/8 reaches the local host on Linux
		return false
	}
	return true
}

func privateAddrPort(ap netip.AddrPort) bool { return !publicAddr(ap.Addr()) }

// privateHost reports a redirect target that names a private address
// itself (an IP literal, localhost). Behind a proxy, which resolves names
// and connects itself, this is the check that remains.
func privateHost(u *url.URL) bool {
	h := strings.ToLower(strings.TrimSuffix(u.Hostname(), "."))
	if h == "localhost" || strings.HasSuffix(h, ".localhost") {
		return true
	}
	a, err := netip.ParseAddr(h)
	return err == nil && !publicAddr(a)
}

// guardedDial returns a DialContext that refuses, at connect time, any
// address c.private reports true for, except the HTTP proxies of the
// environment: the user chose those.
func (c *Client) guardedDial() func(ctx context.Context, network, addr string) (net.Conn, error) {
	proxies := envProxies()
	plain := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}
	guarded := &net.Dialer{
		Timeout: 30 * time.Second, KeepAlive: 30 * time.Second,
		Control: func(_, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err == nil && c.private(ap) {
				return &privateDial{ap.Addr().Unmap()}
			}
			return nil
		},
	}
	return func(ctx context.Context, network, addr string) (net.Conn, error) {
		if proxies[addr] {
			return plain.DialContext(ctx, network, addr)
		}
		return guarded.DialContext(ctx, network, addr)
	}
}

// envProxies returns the host:port of the proxies HTTP_PROXY and
// HTTPS_PROXY name, as the transport dials them.
func envProxies() map[string]bool {
	m := map[string]bool{}
	for _, target := range []string{"http://example.com/", "https://example.com/"} {
		req, _ := http.NewRequest(http.MethodGet, target, nil)
		p, err := http.ProxyFromEnvironment(req)
		if err != nil || p == nil {
			continue
		}
		port := p.Port()
		if port == "" {
			port = map[string]string{"http": "80", "https": "443", "socks5": "1080"}[p.Scheme]
		}
		m[net.JoinHostPort(p.Hostname(), port)] = true
	}
	return m
}
