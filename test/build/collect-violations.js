// Loaded by the CSP test page before the widgets: records every Content-Security-Policy violation.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
