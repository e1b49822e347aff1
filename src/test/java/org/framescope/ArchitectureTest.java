package org.framescope;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps CoreNLP and the embedding runtime behind their one adapter each, and the domain model free of stage code. */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.framescope");

  @Test
  void onlyTheNlpPackageTouchesCoreNlp() {
    noClasses().that().resideOutsideOfPackage("org.framescope.nlp..")
        .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
        .check(CLASSES);
  }

  @Test
  void onlyTheSentenceEncoderTouchesTheEmbeddingRuntime() {
    noClasses().that().doNotHaveFullyQualifiedName("org.framescope.classify.OnnxSentenceEncoder")
        .and().doNotHaveFullyQualifiedName("org.framescope.classify.OnnxSentenceEncoder$Model")
        .should().dependOnClassesThat().resideInAnyPackage("dev.langchain4j..", "ai.onnxruntime..", "ai.djl..")
        .check(CLASSES);
  }

  @Test
  void modelDependsOnNoStage() {
    noClasses().that().resideInAPackage("org.framescope.model..")
        .should().dependOnClassesThat().resideInAnyPackage("org.framescope.ingest..", "org.framescope.clean..",
            "org.framescope.nlp..", "org.framescope.cli..", "org.framescope.pipeline..", "org.framescope.compare..",
            "org.framescope.report..")
        .check(CLASSES);
  }
}
