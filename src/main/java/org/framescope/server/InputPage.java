package org.framescope.server;

import java.util.List;
import java.util.Locale;
import org.framescope.report.Page;
import org.jsoup.nodes.Element;

/**
 * The server's first page: up to three articles to paste, upload or fetch, and the button that analyses them.
 * Plain HTML form, no script: while the models load, the page says so and reloads itself every few seconds; a URL
 * is fetched only when the reader presses its "Fetch this page" button (or Analyze). Every value a reader typed is
 * written back escaped.
 */
final class InputPage {
  /** Articles a reader can put side by side. */
  static final int SLOTS = 3;

  /** One article's fields as last submitted, and what the server says about them. */
  record Slot(String title, String outlet, String date, String text, String url, String html, String note) {
    Slot {
      title = title == null ? "" : title;
      outlet = outlet == null ? "" : outlet;
      date = date == null ? "" : date;
      text = text == null ? "" : text;
      url = url == null ? "" : url;
      html = html == null ? "" : html;
      note = note == null ? "" : note;
    }

    static Slot empty() {
      return new Slot("", "", "", "", "", "", "");
    }
  }

  private InputPage() { }

  static String render(Analyzer analyzer, ServerConfig config, List<Slot> slots, List<String> errors,
                       List<String> notes) {
    Element page = Page.create("framescope: how does the news tell it?", Page.Styles.LINKED, false);
    if (analyzer.state() == Analyzer.State.LOADING) {
      page.ownerDocument().head().appendElement("meta").attr("http-equiv", "refresh").attr("content", "5");
    }
    page.appendElement("h1").text("How does the news tell it?");
    page.appendElement("p").text("Paste one article to see its loaded words, its contested names and whose voices it"
        + " carries; paste two or three articles on the same event to compare them side by side. Everything runs on"
        + " this computer; nothing is sent anywhere, except a page you ask it to fetch.");
    Element status = page.appendElement("div").addClass("notice").attr("id", "status")
        .attr("data-state", analyzer.state().name().toLowerCase(Locale.ROOT));
    status.text(analyzer.state() == Analyzer.State.LOADING ? analyzer.message() + " This page reloads itself."
        : analyzer.message());
    if (analyzer.state() == Analyzer.State.READY) {
      status.addClass("ok");
    } else if (analyzer.state() == Analyzer.State.FAILED) {
      status.addClass("error");
    }
    for (String e : errors) {
      page.appendElement("div").addClass("notice").addClass("error").attr("role", "alert").text(e);
    }
    for (String n : notes) {
      page.appendElement("div").addClass("notice").text(n);
    }
    Element form = page.appendElement("form").attr("method", "post").attr("action", "/analyze")
        .attr("enctype", "multipart/form-data").attr("accept-charset", "UTF-8");
    for (int i = 1; i <= SLOTS; i++) {
      Slot s = i <= slots.size() ? slots.get(i - 1) : Slot.empty();
      Element fs = form.appendElement("fieldset").addClass("slot").attr("id", "slot-" + i);
      fs.appendElement("legend").text("Article " + i + (i == 1 ? "" : " (optional)"));
      Element row = fs.appendElement("div").addClass("row");
      field(row, "Title", "title-" + i, s.title(), "text", "taken from the page if left empty");
      field(row, "Outlet", "outlet-" + i, s.outlet(), "text", "e.g. Meridian Wire");
      field(row, "Date", "date-" + i, s.date(), "text", "YYYY-MM-DD");
      fs.appendElement("label").attr("for", "text-" + i).text("Paste the article's text");
      fs.appendElement("textarea").attr("name", "text-" + i).attr("id", "text-" + i).attr("rows", "8")
          .attr("placeholder", "Paste the text of the article here (title on the first line).").text(s.text());
      Element files = fs.appendElement("div").addClass("row");
      Element fl = files.appendElement("label").text("or upload an HTML or text file");
      fl.appendElement("input").attr("type", "file").attr("name", "file-" + i).attr("accept", ".html,.htm,.txt,"
          + "text/html,text/plain");
      Element ul = files.appendElement("label").text("or give its web address");
      ul.appendElement("input").attr("type", "url").attr("name", "url-" + i).attr("value", s.url())
          .attr("placeholder", "https://...");
      files.appendElement("button").attr("type", "submit").attr("name", "fetch").attr("value", String.valueOf(i))
          .addClass("secondary").attr("formnovalidate", "formnovalidate").text("Fetch this page");
      if (!s.html().isEmpty()) {
        fs.appendElement("input").attr("type", "hidden").attr("name", "html-" + i).attr("value", s.html());
      }
      if (!s.note().isEmpty()) {
        fs.appendElement("p").addClass("meta").text(s.note());
      }
    }
    Element submit = form.appendElement("button").attr("type", "submit").attr("name", "action")
        .attr("value", "analyze").attr("id", "analyze").text("Analyze");
    if (analyzer.state() != Analyzer.State.READY) {
      submit.attr("disabled", "disabled");
    }
    form.appendElement("p").addClass("meta").text(String.format(Locale.ROOT, "Limits: %.0f MB per request, %,d"
        + " characters per article. A web address is fetched only when you press its button or Analyze: http and"
        + " https only, never an address on this computer or its private network.",
        config.maxRequestBytes() / 1048576.0, config.maxArticleChars()));
    page.appendElement("p").addClass("meta").text("For programs: POST /api/analyze and /api/compare take and give"
        + " JSON (docs/serve.md).");
    return Page.html(page);
  }

  private static void field(Element row, String name, String id, String value, String type, String hint) {
    Element l = row.appendElement("label").text(name);
    l.appendElement("input").attr("type", type).attr("name", id).attr("value", value).attr("placeholder", hint);
  }
}
