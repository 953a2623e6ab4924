package ovc.run.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The report's encoder against a reference: jsoup's HTML parser gives back exactly the text encoded. */
class HtmlTest {

    private static final List<String> HOSTILE = List.of("<img src=x onerror=alert(1)>", "</td></tr></table><script>x()</script>",
            "\" onmouseover=\"alert(1)", "' autofocus onfocus='alert(1)", "&lt;already&gt; &amp;", "a\tb c", "ümlaut 日本 😀",
            "--><!--", "]]>", "<!DOCTYPE html>");

    @Test
    void textAndQuotedAttributesParseBackToTheOriginal() {
        for (String value : HOSTILE) {
            Document page = Jsoup.parse("<p title=\"" + Html.text(value) + "\" data-x='" + Html.text(value) + "'>"
                    + Html.text(value) + "</p>");
            assertThat(page.select("p")).as(value).hasSize(1);
            assertThat(page.selectFirst("p").wholeText()).as(value).isEqualTo(value);
            assertThat(page.selectFirst("p").attr("title")).as(value).isEqualTo(value);
            assertThat(page.selectFirst("p").attr("data-x")).as(value).isEqualTo(value);
            assertThat(page.select("img, script")).as(value).isEmpty();
        }
    }

    @Test
    void controlCharactersHtmlForbidsBecomeReplacementCharacters() {
        assertThat(Html.text("a\u0000b\u0007c\u007fd\ne")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\ne");
        assertThat(Html.text(null)).isEmpty();
    }

    @Test
    void uriComponentsDecodeBackAndCannotAddASchemeQueryOrFragment() {
        for (String value : List.of("a b", "x:alert(1)", "?q=1#f", "ümlaut 日本", "a/b", "%41")) {
            String encoded = Html.uriComponent(value);
            assertThat(encoded).as(value).doesNotContain(":", "?", "#", "/", " ");
            assertThat(URI.create("x/" + encoded).getPath()).as(value).isEqualTo("x/" + value);
        }
    }
}
