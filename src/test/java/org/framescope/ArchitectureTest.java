package org.framescope;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The house plan, kept by rules: CoreNLP behind one adapter and the embedding runtime behind its two (sentence
 * encoder, cue tagger), the domain model free of stage code, no cycles between packages, stage packages that never
 * reach up into the pipeline, comparison, report, evaluation or command line, one process exit (in {@code cli})
 * and one JSON mapper (in {@code io.Json}).
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.framescope");

  /** Packages that run per article; they know the model and each other, never who drives them. */
  static final String[] STAGES = {"org.framescope.ingest..", "org.framescope.clean..", "org.framescope.nlp..",
      "org.framescope.voice..", "org.framescope.lexicon..", "org.framescope.classify.."};

  @Test
  void onlyTheNlpPackageTouchesCoreNlp() {
    noClasses().that().resideOutsideOfPackage("org.framescope.nlp..")
        .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
        .check(CLASSES);
  }

  /**
   * The runtime's two adapters, the sentence encoder and the cue tagger (one tokenizer), and the one place that
   * starts ONNX Runtime (native libraries from the user's cache, single-threaded sessions).
   */
  @Test
  void onlyTheOnnxAdaptersTouchTheEmbeddingRuntime() {
    noClasses().that().doNotHaveFullyQualifiedName("org.framescope.classify.OnnxSentenceEncoder")
        .and().doNotHaveFullyQualifiedName("org.framescope.classify.OnnxRuntimes")
        .and().doNotHaveFullyQualifiedName("org.framescope.classify.OnnxSentenceEncoder$Model")
        .and().doNotHaveFullyQualifiedName("org.framescope.classify.OnnxCueTagger")
        .and().doNotHaveFullyQualifiedName("org.framescope.classify.OnnxCueTagger$Tok")
        .should().dependOnClassesThat().resideInAnyPackage("dev.langchain4j..", "ai.onnxruntime..", "ai.djl..")
        .check(CLASSES);
  }

  @Test
  void onlyOnnxRuntimesStartsOnnxRuntime() {
    noClasses().that().doNotHaveFullyQualifiedName("org.framescope.classify.OnnxRuntimes")
        .should().callMethod(ai.onnxruntime.OrtEnvironment.class, "getEnvironment")
        .orShould().callConstructor(ai.onnxruntime.OrtSession.SessionOptions.class)
        .check(CLASSES);
  }

  @Test
  void onlyTheStoreTouchesTheDatabase() {
    noClasses().that().resideOutsideOfPackage("org.framescope.store..")
        .should().dependOnClassesThat().resideInAnyPackage("org.duckdb..", "java.sql..")
        .check(CLASSES);
  }

  @Test
  void onlySchemasTouchesTheSchemaValidator() {
    noClasses().that().doNotHaveFullyQualifiedName("org.framescope.io.Schemas")
        .should().dependOnClassesThat().resideInAnyPackage("com.networknt..", "tools.jackson..")
        .check(CLASSES);
  }

  @Test
  void modelDependsOnNoStage() {
    noClasses().that().resideInAPackage("org.framescope.model..")
        .should().dependOnClassesThat().resideInAnyPackage("org.framescope.ingest..", "org.framescope.clean..",
            "org.framescope.nlp..", "org.framescope.voice..", "org.framescope.lexicon..", "org.framescope.classify..",
            "org.framescope.cli..", "org.framescope.pipeline..", "org.framescope.compare..",
            "org.framescope.report..", "org.framescope.eval..", "org.framescope.io..")
        .check(CLASSES);
  }

  @Test
  void noCyclesBetweenPackages() {
    slices().matching("org.framescope.(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void stagePackagesNeverImportWhoDrivesThem() {
    noClasses().that().resideInAnyPackage(STAGES)
        .should().dependOnClassesThat().resideInAnyPackage("org.framescope.pipeline..", "org.framescope.compare..",
            "org.framescope.report..", "org.framescope.eval..", "org.framescope.cli..")
        .check(CLASSES);
  }

  @Test
  void onlyTheCommandLineExits() {
    noClasses().that().resideOutsideOfPackage("org.framescope.cli..")
        .should().callMethod(System.class, "exit", int.class)
        .check(CLASSES);
  }

  @Test
  void oneJsonMapper() {
    noClasses().that().doNotHaveFullyQualifiedName("org.framescope.io.Json")
        .should().callConstructor(ObjectMapper.class)
        .orShould().callMethod(JsonMapper.class, "builder")
        .check(CLASSES);
  }
}
