/*! Wellness Connection: upcoming sessions for partner pages. https://www.cma.ca/
    <wellness-sessions topic="sleep" limit="5" lang="en" theme="auto"></wellness-sessions> */
(function () {
  "use strict";

  if (!("customElements" in window) || customElements.get("wellness-sessions")) {
    return;
  }

  // The server puts sessions.css here, as a JSON string, when it serves this file.
  var CSS = "__WC_STYLESHEET__";
  var EASTERN = "America/Toronto";
  var QUERY =
    "query WellnessSessions($locale: Locale!, $first: Int!, $where: SessionFilterInput) {" +
    " upcomingSessions(locale: $locale, first: $first, where: $where) {" +
    " nodes { slug language title summary status startsAt endsAt registrationUrl" +
    " eastern: displayTime(timeZone: \"America/Toronto\") facilitators { name } } } }";

  var TEXT = {
    en: {
      heading: "Upcoming sessions",
      register: "Register",
      registerFor: " for ",
      separator: ": ",
      newTab: " (opens in a new tab)",
      addToCalendar: "Add to calendar",
      yourTime: "Your time: ",
      with: "With ",
      none: "No upcoming sessions at the moment.",
      loading: "Loading sessions…",
      subscribe: "Subscribe to these sessions in your calendar",
      provider: "Wellness Connection, Canadian Medical Association",
      status: { cancelled: "Cancelled", postponed: "Postponed", full: "Full" },
      locale: "en-CA",
      organizer: "Canadian Medical Association"
    },
    fr: {
      heading: "Séances à venir",
      register: "S’inscrire",
      registerFor: "\u00a0: ",
      separator: "\u00a0: ",
      newTab: " (s’ouvre dans un nouvel onglet)",
      addToCalendar: "Ajouter à l’agenda",
      yourTime: "Votre heure\u00a0: ",
      with: "Avec ",
      none: "Aucune séance à venir pour le moment.",
      loading: "Chargement des séances…",
      subscribe: "S’abonner à ces séances dans votre agenda",
      provider: "Wellness Connection, Association médicale canadienne",
      status: { cancelled: "Annulée", postponed: "Reportée", full: "Complète" },
      locale: "fr-CA",
      organizer: "Association médicale canadienne"
    }
  };

  var EVENT_STATUS = {
    scheduled: "https://schema.org/EventScheduled",
    full: "https://schema.org/EventScheduled",
    cancelled: "https://schema.org/EventCancelled",
    postponed: "https://schema.org/EventPostponed"
  };

  // The API is where this script came from (path base included), whatever page includes it.
  var script = document.currentScript;
  var BASE = script && script.src
    ? script.src.replace(/\/embed\/v1\/sessions\.js(?:[?#].*)?$/, "")
    : location.origin;

  var sheet = null;
  function styles(root) {
    if ("adoptedStyleSheets" in root && typeof CSSStyleSheet === "function" && "replaceSync" in CSSStyleSheet.prototype) {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
      }
      root.adoptedStyleSheets = [sheet];
    } else {
      root.appendChild(el("style", null, CSS));
    }
  }

  function el(name, attributes, children) {
    var node = document.createElement(name);
    if (attributes) {
      Object.keys(attributes).forEach(function (key) {
        if (attributes[key] !== null && attributes[key] !== undefined) {
          node.setAttribute(key, attributes[key]);
        }
      });
    }
    [].concat(children === undefined || children === null ? [] : children).forEach(function (child) {
      if (child !== null && child !== undefined) {
        node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
      }
    });
    return node;
  }

  function list(value) {
    return (value || "").split(",").map(function (s) { return s.trim(); }).filter(Boolean);
  }

  function option(value, allowed, fallback) {
    value = (value || "").toLowerCase();
    return allowed.indexOf(value) >= 0 ? value : fallback;
  }

  function query(parts) {
    return Object.keys(parts)
      .filter(function (key) { return parts[key] !== null && parts[key] !== ""; })
      .map(function (key) { return encodeURIComponent(key) + "=" + encodeURIComponent(parts[key]); })
      .join("&");
  }

  // "Thu, Feb 11, 2027, 1:00 p.m. PST" in the viewer's own zone, or null when that is Eastern time anyway.
  function localTime(iso, locale) {
    var date = new Date(iso);
    var viewer;
    try {
      viewer = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (e) {
      return null;
    }
    var wall = function (zone) {
      return new Intl.DateTimeFormat("en-CA", {
        timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23"
      }).format(date);
    };
    if (!viewer || wall(viewer) === wall(EASTERN)) {
      return null;
    }
    return new Intl.DateTimeFormat(locale, {
      weekday: "short", year: "numeric", month: "short", day: "numeric",
      hour: "numeric", minute: "2-digit", timeZoneName: "short"
    }).format(date);
  }

  function jsonLd(sessions, text, language) {
    return sessions.map(function (s) {
      var status = s.status.toLowerCase();
      var event = {
        "@context": "https://schema.org",
        "@type": "Event",
        name: s.title,
        description: s.summary,
        startDate: s.startsAt,
        endDate: s.endsAt,
        eventStatus: EVENT_STATUS[status] || EVENT_STATUS.scheduled,
        eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
        location: s.registrationUrl ? { "@type": "VirtualLocation", url: s.registrationUrl } : { "@type": "VirtualLocation" },
        organizer: { "@type": "Organization", name: text.organizer, url: "https://www.cma.ca/" },
        performer: s.facilitators.map(function (f) { return { "@type": "Person", name: f.name }; }),
        inLanguage: (s.language || language).toLowerCase()
      };
      if (s.registrationUrl) {
        event.url = s.registrationUrl;
      }
      return event;
    });
  }

  // The trusted document persisted/partner-listing.graphql: one topic, 20 sessions, any Canadian zone for
  // viewerTime. The English listing of one topic asks by its id (a short, cacheable URL shared with partner pages
  // that call the API themselves); other listings use EMBED_LISTING below.
  var PARTNER_LISTING = "sha256:cb5d7e40c514e827e0e6b851dedadde0b2a964d5d2152e87d452d79ed0134172";

  function get(parameters) {
    return fetch(BASE + "/graphql?" + query(parameters), {
      method: "GET",
      mode: "cors",
      credentials: "omit",
      headers: { Accept: "application/graphql-response+json, application/json" }
    }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok || !body.data || body.errors) {
          var codes = (body.errors || []).map(function (e) { return e.extensions && e.extensions.code; });
          var error = new Error("The GraphQL request failed (" + response.status + ").");
          error.codes = codes;
          throw error;
        }
        return body.data.upcomingSessions.nodes;
      });
    });
  }

  // The trusted document persisted/embed-listing.graphql, the text of QUERY: any other listing asks by its id, so
  // that the widget works where the API runs trusted documents only; a server without it gets the query itself.
  var EMBED_LISTING = "sha256:acbd12cb005729cca3e1d45887929d1fa4653ee959cb8e6f2defbaa119581abf";

  function byQuery(o) {
    var where = {};
    if (o.topics.length) { where.topics = { some: { slug: { in: o.topics } } }; }
    if (o.series.length) { where.series = { slug: { in: o.series } }; }
    if (o.facilitators.length) { where.facilitators = { some: { slug: { in: o.facilitators } } }; }
    var variables = JSON.stringify({ locale: o.language.toUpperCase(), first: o.limit, where: where });
    return get({ documentId: EMBED_LISTING, variables: variables }).then(null, function (error) {
      if ((error.codes || []).indexOf("DOCUMENT_NOT_FOUND") >= 0) {
        return get({ query: QUERY, operationName: "WellnessSessions", variables: variables });
      }
      throw error;
    });
  }

  function request(o) {
    // The trusted document does not ask for each session's language, which a French listing needs.
    if (o.topics.length !== 1 || o.series.length || o.facilitators.length || o.language !== "en") {
      return byQuery(o);
    }
    return get({
      documentId: PARTNER_LISTING,
      variables: JSON.stringify({ topic: o.topics[0], locale: o.language.toUpperCase(), timeZone: EASTERN })
    }).then(function (nodes) {
      return nodes.slice(0, o.limit).map(function (node) {
        node.eastern = node.viewerTime;
        return node;
      });
    }, function (error) {
      if ((error.codes || []).indexOf("DOCUMENT_NOT_FOUND") >= 0) {
        return byQuery(o);
      }
      throw error;
    });
  }

  class WellnessSessions extends HTMLElement {
    static get observedAttributes() {
      return ["topic", "series", "facilitator", "limit", "lang", "theme"];
    }

    constructor() {
      super();
      this._root = this.attachShadow({ mode: "open" });
      styles(this._root);
      this._generation = 0;
    }

    connectedCallback() {
      this._load();
    }

    attributeChangedCallback(name, before, after) {
      if (this.isConnected && before !== after) {
        this._load();
      }
    }

    _options() {
      var limit = parseInt(this.getAttribute("limit") || "5", 10);
      return {
        topics: list(this.getAttribute("topic")),
        series: list(this.getAttribute("series")),
        facilitators: list(this.getAttribute("facilitator")),
        limit: isNaN(limit) ? 5 : Math.min(Math.max(limit, 1), 20),
        language: option(this.getAttribute("lang"), ["en", "fr"], "en"),
        theme: option(this.getAttribute("theme"), ["auto", "light", "dark"], "auto")
      };
    }

    _filterQuery(o) {
      return query({
        topic: o.topics.join(","),
        series: o.series.join(","),
        facilitator: o.facilitators.join(","),
        lang: o.language === "en" ? "" : o.language
      });
    }

    _load() {
      var o = this._options();
      var text = TEXT[o.language];
      var generation = ++this._generation;
      var heading = el("h2", { class: "wc-heading", id: "wc-heading" }, text.heading);
      var status = el("p", { class: "wc-empty", role: "status" }, text.loading);
      var section = el("section", { class: "wc", "data-theme": o.theme, lang: o.language, "aria-labelledby": "wc-heading", "aria-busy": "true" }, [heading, status]);
      this._replace(section);

      var self = this;
      request(o)
        .then(function (sessions) {
          if (generation === self._generation) {
            self._render(section, status, sessions, o, text);
          }
        }, function (error) {
          if (generation === self._generation) {
            self._fallBack(o, text, error);
          }
        });
    }

    // The API did not answer this page (most often: its origin is not among the API's allowed origins). The
    // same listing, rendered by the server, in a frame: the reader still sees the sessions.
    _fallBack(o, text, error) {
      var page = BASE + "/embed/sessions?" + query({
        topic: o.topics.join(","), series: o.series.join(","), facilitator: o.facilitators.join(","),
        limit: String(o.limit), lang: o.language, theme: o.theme
      });
      if (window.console) {
        console.warn("Wellness Connection: the sessions could not be read from " + BASE + " (" + error.message +
          "). Showing them in a frame instead. For the full listing, ask for this site's origin, " + location.origin +
          ", to be allowed by the API.");
      }
      this._replace(el("iframe", { class: "wc-frame", src: page, title: text.heading, height: String(140 + o.limit * 200), loading: "lazy" }));
    }

    _replace(section) {
      var root = this._root;
      Array.prototype.slice.call(root.childNodes).forEach(function (node) {
        if (node.nodeName !== "STYLE") {
          root.removeChild(node);
        }
      });
      root.appendChild(section);
    }

    _render(section, status, sessions, o, text) {
      var filters = this._filterQuery(o);
      var body;
      if (!sessions.length) {
        body = el("p", { class: "wc-empty" }, text.none);
      } else {
        body = el("ol", { class: "wc-list", role: "list" }, sessions.map(function (s) {
          var state = s.status.toLowerCase();
          var served = (s.language || o.language.toUpperCase()).toLowerCase();
          var calledOff = state === "cancelled" || state === "postponed";
          var local = localTime(s.startsAt, text.locale);
          var actions = [];
          if (s.registrationUrl && !calledOff) {
            actions.push(el("a", { class: "wc-register", href: s.registrationUrl, target: "_blank", rel: "noopener" },
              [text.register, el("span", { class: "wc-sr" }, text.registerFor + s.title + text.newTab)]));
          }
          if (!calledOff) {
            actions.push(el("a", { class: "wc-add", href: BASE + "/sessions/" + encodeURIComponent(s.slug) + ".ics" + (o.language === "en" ? "" : "?lang=" + o.language) },
              [text.addToCalendar, el("span", { class: "wc-sr" }, text.separator + s.title)]));
          }
          // A French listing shows English text where no translation exists: its title and summary say so to screen readers.
          var lang = served === o.language ? null : served;
          var title = lang ? el("span", { lang: lang }, s.title) : s.title;
          return el("li", { class: "wc-session", "data-status": state }, [
            el("h3", { class: "wc-title" }, text.status[state]
              ? [el("span", { class: "wc-badge" }, text.status[state]), el("span", { class: "wc-sr" }, text.separator), title]
              : title),
            el("p", { class: "wc-when" }, el("time", { class: "wc-eastern", datetime: s.startsAt }, s.eastern)),
            local ? el("p", { class: "wc-local" }, [text.yourTime, el("time", { datetime: new Date(s.startsAt).toISOString() }, local)]) : null,
            el("p", { class: "wc-summary", lang: lang }, s.summary),
            s.facilitators.length ? el("p", { class: "wc-meta" }, text.with + s.facilitators.map(function (f) { return f.name; }).join(", ")) : null,
            actions.length ? el("p", { class: "wc-actions" }, actions) : null
          ]);
        }));
      }
      section.replaceChild(body, status);
      section.appendChild(el("p", { class: "wc-footer" }, [
        el("a", { href: BASE + "/feeds/sessions.ics" + (filters ? "?" + filters : "") }, text.subscribe),
        " · " + text.provider
      ]));
      section.setAttribute("aria-busy", "false");

      // schema.org Events for search engines, in the light DOM where they look; a data block is never run.
      var data = this.querySelector("script[data-wellness-sessions]");
      if (!data) {
        data = el("script", { type: "application/ld+json", "data-wellness-sessions": "" });
        this.appendChild(data);
      }
      data.textContent = JSON.stringify(jsonLd(sessions, text, o.language));
    }
  }

  customElements.define("wellness-sessions", WellnessSessions);
})();
