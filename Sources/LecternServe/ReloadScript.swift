import Foundation

/// The small script that makes a served page follow the build: it listens to the server's
/// event stream, reloads when its page (or a shared asset) changed, and shows the current
/// build's problems in an overlay. Only the preview server adds it; `lectern build` never does.
package enum ReloadScript {
    /// Where the server serves the script.
    package static let path = "/__lectern/reload.js"
    /// Where the server streams its events.
    package static let eventsPath = "/__lectern/events"

    /// `html` with the script tag added before its last `</body>` (or at the end when there is
    /// none). The tag carries the build generation the page came from, so a page loaded just
    /// before a rebuild notices it missed one.
    package static func inject(into html: Data, generation: Int) -> Data {
        let tag = Data("<script src=\"\(path)\" data-generation=\"\(generation)\"></script>".utf8)
        guard let range = html.range(of: Data("</body>".utf8), options: .backwards) else {
            return html + tag
        }
        var result = html
        result.replaceSubrange(range.lowerBound..<range.lowerBound, with: tag)
        return result
    }

    /// The script's source.
    package static let source = #"""
    // Lectern preview: live reload and the problems overlay. Served by `lectern serve` only.
    (() => {
      "use strict";
      const script = document.currentScript;
      let generation = Number(script && script.dataset.generation);
      const here = () => {
        let path = decodeURIComponent(location.pathname).replace(/^\/+/, "");
        if (path === "" || path.endsWith("/")) path += "index.html";
        return path;
      };
      // The site files this page shows: itself, and the scripts and stylesheets it loaded.
      const uses = () => {
        const path = here();
        const files = new Set([path, path + ".html"]);
        for (const node of document.querySelectorAll("script[src], link[href]")) {
          const url = new URL(node.getAttribute("src") || node.getAttribute("href"), location.href);
          if (url.origin === location.origin) files.add(decodeURIComponent(url.pathname).replace(/^\/+/, ""));
        }
        return files;
      };
      const concerns = (changed) => { const files = uses(); return changed.some((file) => files.has(file)); };
      const overlayID = "lectern-overlay";
      const hide = () => { const old = document.getElementById(overlayID); if (old) old.remove(); };
      const show = (problems) => {
        hide();
        const box = document.createElement("div");
        box.id = overlayID;
        box.setAttribute("role", "alert");
        box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
          "background:rgba(20,20,24,.94);color:#f4f4f4;font:14px/1.45 ui-monospace,monospace;";
        const title = document.createElement("h2");
        title.style.cssText = "margin:0 0 .5rem;font:600 18px/1.3 system-ui,sans-serif;color:#ff8c8c";
        title.textContent = problems.length + (problems.length === 1 ? " problem" : " problems") +
          " in the course; the page shows the last good build.";
        box.appendChild(title);
        const close = document.createElement("button");
        close.type = "button";
        close.textContent = "Hide";
        close.style.cssText = "position:absolute;top:1rem;right:1rem";
        close.addEventListener("click", hide);
        box.appendChild(close);
        const list = document.createElement("ol");
        list.style.cssText = "list-style:none;margin:0;padding:0";
        for (const problem of problems) {
          const item = document.createElement("li");
          item.className = "lectern-problem";
          item.style.cssText = "margin:1rem 0;border-top:1px solid #555;padding-top:.75rem";
          const where = document.createElement("div");
          where.className = "lectern-problem-location";
          where.style.color = "#9cdcfe";
          where.textContent = problem.file ? `${problem.file}:${problem.line}:${problem.column}` : "(course)";
          const what = document.createElement("div");
          what.className = "lectern-problem-message";
          what.textContent = `${problem.severity} [${problem.code}]: ${problem.message}`;
          const text = document.createElement("pre");
          text.style.cssText = "margin:.5rem 0 0;white-space:pre-wrap";
          text.textContent = problem.text;
          item.append(where, what, text);
          list.appendChild(item);
        }
        box.appendChild(list);
        document.body.appendChild(box);
      };
      const events = new EventSource("/__lectern/events");
      events.addEventListener("hello", (event) => {
        if (JSON.parse(event.data).generation !== generation) location.reload();
      });
      events.addEventListener("reload", (event) => {
        const data = JSON.parse(event.data);
        if (concerns(data.changed)) location.reload(); else generation = data.generation;
      });
      events.addEventListener("problems", (event) => show(JSON.parse(event.data)));
      events.addEventListener("clear", hide);
    })();
    """#
}
