// Material's instant navigation swaps the page content but keeps the header, so the language
// selector would keep pointing at the first page visited. The <head> is updated on every page,
// and its <link rel="alternate" hreflang> tags name this page in each language: copy them over.
(() => {
  "use strict";
  const refresh = () => {
    document.querySelectorAll(".md-select__link[hreflang]").forEach((link) => {
      const alternate = document.head.querySelector(
        `link[rel="alternate"][hreflang="${CSS.escape(link.hreflang)}"]`,
      );
      if (alternate) link.href = alternate.href;
    });
  };
  if (window.document$) window.document$.subscribe(refresh);
})();
