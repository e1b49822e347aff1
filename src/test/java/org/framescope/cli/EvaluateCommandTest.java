package org.framescope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class EvaluateCommandTest {
  @Test
  void missingDataIsAUsageError() {
    assertEquals(2, new CommandLine(new EvaluateCommand()).execute("bias", "--data", "/nonexistent/babe.csv"));
    assertEquals(2, new CommandLine(new EvaluateCommand()).execute("stance", "--data", "/nonexistent/dev.jsonl"));
    assertEquals(2, new CommandLine(new TrainCommand()).execute("stance", "--data", "/nonexistent/train.jsonl"));
  }

  @Test
  void badOptionsAreUsageErrors() {
    assertEquals(2, new CommandLine(new EvaluateCommand()).execute("bias", "--format", "xml"));
    assertEquals(2, new CommandLine(new TrainCommand()).execute("stance", "--family", "svm"));
    assertEquals(2, new CommandLine(new EvaluateCommand()).execute());
  }
}
