// Records every Content-Security-Policy violation of this page, from the first parsed element on (a classic script, so
// it runs before the rest of <head>). The demo's event log lists them; the strict-CSP browser test reads them.
(function () {
  var seen = (window.shopliveCspViolations = []);
  document.addEventListener('securitypolicyviolation', function (event) {
    seen.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI,
      sample: event.sample,
      source: event.sourceFile ? event.sourceFile + ':' + event.lineNumber : '',
    });
  }, true);
})();
