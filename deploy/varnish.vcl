# Varnish in front of the web servers (README, "Deployment"). Debian's varnish and
# varnish-modules (for xkey). Caches only what Django marks shareable (`s-maxage`, set by
# caching/page_cache.py for anonymous pages), never a request with a session, a messages cookie
# or credentials, and forgets pages by dependency when the site sends
# `PURGE` with `xkey-purge: <tags>` (caching/http_cache.py, on every change).
vcl 4.1;

import xkey;

# The web server(s); one backend per gunicorn behind a director when there are several.
backend default {
    .host = "127.0.0.1";
    .port = "8000";
}

# Who may purge: the web servers.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (req.http.xkey-purge) {
            set req.http.n-gone = xkey.purge(req.http.xkey-purge);
            return (synth(200, "Purged " + req.http.n-gone));
        }
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin|documents)/" || req.http.Authorization) {
        return (pass);
    }
    # An editor or a visitor with messages: never from the cache, never into it.
    if (req.http.Cookie ~ "(^|;\s*)(sessionid|messages)=") {
        return (pass);
    }
    # Other cookies (the CSRF token, analytics) change nothing in a shareable page.
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Only what the site says every visitor may share.
    if (beresp.http.Cache-Control !~ "s-maxage" || beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
}

sub vcl_deliver {
    # The dependency tags are for the caches, not for visitors.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    if (obj.hits > 0) {
        set resp.http.X-Varnish-Cache = "hit";
    } else {
        set resp.http.X-Varnish-Cache = "miss";
    }
}
