package dev.salient.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.salient.Entity;
import dev.salient.Summary;
import dev.salient.SummarySentence;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Turns {@link Outcome}s into output text in one {@link OutputFormat}. Rendering happens on the
 * worker threads; the writer only adds {@link #prefix()}, {@link #separator()} and
 * {@link #suffix()}. Immutable and thread-safe.
 */
final class Renderer {
  /** One rendered outcome: text for stdout and text for stderr, either may be empty. */
  record Rendered(String out, String err, boolean failed) {}

  private final OutputFormat format;
  private final int entities;
  private final boolean many;
  private final ObjectMapper mapper;

  /**
   * @param entities how many entities to show, most salient first
   * @param many whether there are (or may be) several inputs: JSON becomes an array and text
   *     output gets a header per input
   */
  Renderer(OutputFormat format, int entities, boolean many, ObjectMapper mapper) {
    this.format = Objects.requireNonNull(format, "format");
    if (entities < 0) {
      throw new IllegalArgumentException("entities must not be negative: entities=" + entities);
    }
    this.entities = entities;
    this.many = many;
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  String prefix() {
    return format == OutputFormat.JSON && many ? "[\n" : "";
  }

  /** Written between two outputs that both have stdout text. */
  String separator() {
    return switch (format) {
      case TEXT -> "\n";
      case JSON -> many ? ",\n" : "";
      case JSONL -> "";
    };
  }

  String suffix() {
    return format == OutputFormat.JSON && many ? "\n]\n" : format == OutputFormat.JSON ? "\n" : "";
  }

  Rendered render(Outcome outcome) {
    return switch (format) {
      case TEXT -> text(outcome);
      case JSON -> new Rendered(json(outcome, true), "", outcome.failed());
      case JSONL -> new Rendered(json(outcome, false) + "\n", "", outcome.failed());
    };
  }

  private Rendered text(Outcome outcome) {
    if (outcome.failed()) {
      return new Rendered("", "salient: " + where(outcome) + ": " + outcome.error() + "\n", true);
    }
    StringBuilder b = new StringBuilder();
    if (many) {
      b.append("==> ").append(outcome.label()).append(" <==\n");
    }
    Summary summary = outcome.summary();
    for (SummarySentence s : summary.sentences()) {
      b.append(s.text()).append('\n');
    }
    if (summary.isEmpty()) {
      b.append("(no summary: ").append(summary.emptyReason().description()).append(")\n");
    }
    List<Entity> top = topEntities(summary);
    if (!top.isEmpty()) {
      b.append("\nEntities:\n");
      for (Entity e : top) {
        b.append(String.format(Locale.ROOT, "  %.3f  %-12s  %s%n", e.salience(), e.type(), e.name()));
      }
    }
    return new Rendered(b.toString(), "", false);
  }

  private static String where(Outcome outcome) {
    if (outcome.line() > 0 && !outcome.label().equals("line " + outcome.line())) {
      return "line " + outcome.line() + " (id " + outcome.label() + ")";
    }
    return outcome.label();
  }

  private String json(Outcome outcome, boolean pretty) {
    ObjectNode node = mapper.createObjectNode();
    node.set("id", outcome.id());
    if (outcome.failed()) {
      node.put("error", (outcome.line() > 0 ? "line " + outcome.line() + ": " : "") + outcome.error());
    } else {
      Summary summary = outcome.summary();
      ArrayNode sentences = node.putArray("summary");
      summary.sentences().forEach(s -> sentences.add(s.text()));
      ArrayNode entityArray = node.putArray("entities");
      for (Entity e : topEntities(summary)) {
        ObjectNode entity = entityArray.addObject();
        entity.put("name", e.name());
        entity.put("type", e.type().name());
        entity.put("salience", Math.round(e.salience() * 10_000) / 10_000.0);
      }
      ObjectNode language = node.putObject("language");
      language.put("code", summary.language().code());
      language.put("resources", summary.language().language().code());
      language.put("confidence", Math.round(summary.language().confidence() * 1000) / 1000.0);
      language.put("detected", summary.language().detected());
      if (summary.isEmpty()) {
        node.put("emptyReason", summary.emptyReason().name());
        node.put("emptyReasonText", summary.emptyReason().description());
      }
    }
    try {
      return pretty
          ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node)
          : mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e); // a tree of strings and numbers always serializes
    }
  }

  private List<Entity> topEntities(Summary summary) {
    List<Entity> all = summary.entities();
    return all.subList(0, Math.min(entities, all.size()));
  }
}
