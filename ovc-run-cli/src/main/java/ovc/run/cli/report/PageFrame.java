package ovc.run.cli.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The frame every report page shares: the head with its Content-Security-Policy, the one inline
 * style sheet and the one inline script. The policy allows nothing from anywhere (no network, no
 * other script or style) except this style and this script, named by their SHA-256 hashes, so a
 * value that escaped escaping still could not run.
 */
final class PageFrame {

    static final String STYLE = ""
            + ":root{--ok:#1a7f37;--fail:#cf222e;--partial:#9a6700;--stale:#6e7781;--bad:#8250df}"
            + "body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;padding:12px;max-width:1200px;color:#1f2328}"
            + "h1{font-size:20px;margin:4px 0 8px}h2{font-size:16px;margin:18px 0 6px}"
            + "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 6px;"
            + "border-bottom:1px solid #d0d7de;vertical-align:top}th{background:#f6f8fa}"
            + "td.n{white-space:nowrap}code,pre{font:12px/1.5 ui-monospace,monospace}"
            + ".counts span{display:inline-block;margin:0 14px 6px 0}.counts b{font-size:18px}"
            + ".st{font-weight:600;padding:0 6px;border-radius:4px;color:#fff;white-space:nowrap}"
            + ".st-success,.st-ok,.st-pass{background:var(--ok)}.st-failed,.st-failing,.st-fail{background:var(--fail)}"
            + ".st-partial,.st-skip{background:var(--partial)}.st-stale{background:var(--stale)}"
            + ".st-incomplete,.st-damaged{background:var(--bad)}"
            + "svg rect.success{fill:var(--ok)}svg rect.failed{fill:var(--fail)}svg rect.partial{fill:var(--partial)}"
            + "svg rect.incomplete,svg rect.damaged{fill:var(--bad)}svg a:hover rect{opacity:.6}"
            + ".flaky{color:var(--partial);font-weight:600}.missing{color:var(--fail)}.muted{color:#6e7781}"
            + "nav a{margin-right:14px}#filter{padding:4px;width:min(360px,100%);margin:0 0 8px}"
            + "pre.log{counter-reset:ln;overflow-x:auto;background:#f6f8fa;padding:6px 0;margin:0}"
            + "pre.log>span{display:block;padding:0 8px 0 5em;text-indent:-4.5em;white-space:pre-wrap;"
            + "overflow-wrap:anywhere;scroll-margin-top:40vh}"
            + "pre.log>span::before{counter-increment:ln;content:counter(ln);display:inline-block;width:4em;"
            + "margin-right:.5em;text-align:right;text-indent:0;color:#6e7781;user-select:none}"
            + "pre.log>span:target{background:#fff8c5;outline:2px solid #d4a72c}"
            + "@media (max-width:700px){table,tbody,tr,td,th{display:block}thead{display:none}td{border:0}"
            + "tr{border-bottom:1px solid #d0d7de;padding:4px 0}}"
            + "@media print{#filter,nav{display:none}.st{color:#000;background:none;border:1px solid #000}"
            + "pre.log>span{break-inside:avoid}a{color:inherit;text-decoration:none}}";

    /** Filters the overview's rows by pipeline id or status; the pages need no other script. */
    static final String SCRIPT = ""
            + "(function(){var f=document.getElementById('filter');if(!f){return;}f.hidden=false;"
            + "var rows=document.querySelectorAll('tr[data-filter]');"
            + "f.addEventListener('input',function(){var q=f.value.trim().toLowerCase();"
            + "for(var i=0;i<rows.length;i++){var r=rows[i];"
            + "r.hidden=q!==''&&r.getAttribute('data-filter').indexOf(q)<0;}});})();";

    private static final String POLICY = "default-src 'none'; style-src 'sha256-" + sha256(STYLE)
            + "'; script-src 'sha256-" + sha256(SCRIPT) + "'; img-src 'none'; base-uri 'none'; form-action 'none'";

    private PageFrame() {}

    /** Starts a page: doctype, head with {@code title}, and the opening body. */
    static StringBuilder open(String title) {
        StringBuilder page = new StringBuilder(8192);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<title>").append(Html.text(title)).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        return page;
    }

    /** Ends a page opened by {@link #open}. */
    static String close(StringBuilder page) {
        return page.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n").toString();
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
