package org.framescope.eval;

import org.framescope.stats.Metrics;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** JSON helpers shared by the evaluations: metric reports and reliability tables as JSON nodes. */
final class EvalJson {
  private EvalJson() { }

  static double r4(double v) {
    return Double.isNaN(v) ? v : Math.round(v * 10000.0) / 10000.0;
  }

  static ObjectNode report(Metrics.Report r) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("macroF1", r4(r.macroF1()));
    o.put("accuracy", r4(r.accuracy()));
    ObjectNode pc = o.putObject("perClass");
    for (Metrics.ClassScores c : r.perClass()) {
      ObjectNode n = pc.putObject(c.name());
      n.put("precision", r4(c.precision()));
      n.put("recall", r4(c.recall()));
      n.put("f1", r4(c.f1()));
      n.put("support", c.support());
    }
    ArrayNode cm = o.putArray("confusion");
    for (int[] row : r.confusion()) {
      ArrayNode a = cm.addArray();
      for (int v : row) {
        a.add(v);
      }
    }
    o.put("confusionLayout", "rows gold, columns predicted, class order " + r.classes());
    return o;
  }

  static ObjectNode scores(Metrics.ClassScores c) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("precision", r4(c.precision()));
    n.put("recall", r4(c.recall()));
    n.put("f1", r4(c.f1()));
    n.put("support", c.support());
    return n;
  }

  static ArrayNode reliability(List<Metrics.Bin> bins) {
    ArrayNode a = JsonNodeFactory.instance.arrayNode();
    for (Metrics.Bin b : bins) {
      ObjectNode n = a.addObject();
      n.put("lo", r4(b.lo()));
      n.put("hi", r4(b.hi()));
      n.put("count", b.count());
      if (b.count() > 0) {
        n.put("meanPredicted", r4(b.meanPredicted()));
        n.put("observed", r4(b.observed()));
      } else {
        n.putNull("meanPredicted");
        n.putNull("observed");
      }
    }
    return a;
  }
}
