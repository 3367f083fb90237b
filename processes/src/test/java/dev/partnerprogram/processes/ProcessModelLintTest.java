package dev.partnerprogram.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.FormalExpression;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaScript;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * House rules for every model under {@code bpmn/}, checked on the XML rather than by running it, so a model
 * edited in the Modeler cannot drift from the conventions the application and the constants classes rely on.
 */
class ProcessModelLintTest {

    private static final String MODEL_FOLDER = "bpmn";

    /** Each model's names live in one constants class; a new model needs its class listed here. */
    private static final List<Class<?>> CONSTANTS_CLASSES =
            List.of(PartnerApplicationProcess.class, TrainingEnrollmentProcess.class, FreeTrainingSeatsProcess.class,
                    SpecialistCertificationProcess.class, DesignationCertificationProcess.class,
                    MarketingCompensationProcess.class, JointEventProcess.class, StatusUpgradeProcess.class,
                    PartnerYearProcess.class, PartnerAgreementProcess.class, AgreementTerminationProcess.class,
                    DealRegistrationProcess.class, ProjectHandoverProcess.class, PartnerRequestProcess.class,
                    CaseStudyProcess.class);

    /** Flow-node ids say what kind of element they are, which is also how constants are told from other names. */
    private static final Pattern ELEMENT_ID =
            Pattern.compile("(start|service|user|rule|timer|gateway|end|catch|subprocess)_[a-z0-9]+(_[a-z0-9]+)*");

    /** A delegate expression names one Spring bean; method calls or arithmetic belong in Java. */
    private static final Pattern BEAN_REFERENCE = Pattern.compile("\\$\\{[a-z][A-Za-z0-9]*}");

    /** Every expression in a model, JUEL's deferred {@code #{}} form included. */
    private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");

    /** Reading a variable or a bean's property, negated or compared with a constant: nothing is called or computed. */
    private static final Pattern PLAIN_EXPRESSION = Pattern.compile(
            "!?[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)?|[a-z][A-Za-z0-9]* (==|!=) '[A-Z_]+'");

    record Model(String resource, BpmnModelInstance instance, Optional<Class<?>> constants) {
        @Override
        public String toString() {
            return resource;
        }
    }

    static Stream<Model> models() {
        return modelResources().stream().map(resource -> new Model(resource, read(resource), constantsFor(resource)));
    }

    @Test
    void everyModelHasAConstantsClassAndEveryConstantsClassAModel() {
        Set<String> declared = CONSTANTS_CLASSES.stream()
                .map(type -> staticString(type, "RESOURCE"))
                .collect(Collectors.toSet());

        assertThat(modelResources()).isNotEmpty().containsExactlyInAnyOrderElementsOf(declared);
    }

    @ParameterizedTest
    @MethodSource("models")
    void serviceTasksDelegateToABean(Model model) {
        for (ServiceTask task : elements(model, ServiceTask.class)) {
            assertThat(task.getCamundaClass()).as("camunda:class on %s", task.getId()).isNull();
            assertThat(task.getCamundaExpression()).as("camunda:expression on %s", task.getId()).isNull();
            assertThat(task.getCamundaType()).as("camunda:type on %s", task.getId()).isNull();
            assertThat(task.getCamundaDelegateExpression())
                    .as("camunda:delegateExpression on %s", task.getId())
                    .isNotNull()
                    .matches(BEAN_REFERENCE);
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void runsNoScriptsAndOnlyPlainExpressions(Model model) {
        assertThat(scriptAndExpressionViolations(model.instance(), text(model.resource()))).isEmpty();
    }

    /** The check above would catch each kind of script and every expression that does more than read a value. */
    @Test
    void scriptAndExpressionCheck_findsEveryKindOfScriptAndComputingExpression() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    id="definitions_bad" targetNamespace="http://partnerprogram.dev/bad">
                  <bpmn:process id="bad" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:extensionElements>
                      <camunda:executionListener event="start"><camunda:script scriptFormat="groovy">1</camunda:script></camunda:executionListener>
                    </bpmn:extensionElements>
                    <bpmn:startEvent id="start"/>
                    <bpmn:scriptTask id="script_run" scriptFormat="javascript" camunda:resource="classpath://run.js"/>
                    <bpmn:userTask id="user_do" camunda:candidateGroups="${groups.get(0)}">
                      <bpmn:extensionElements>
                        <camunda:taskListener event="create" camunda:class="dev.Bad"/>
                        <camunda:inputOutput>
                          <camunda:inputParameter name="x"><camunda:script scriptFormat="groovy">2</camunda:script></camunda:inputParameter>
                        </camunda:inputOutput>
                      </bpmn:extensionElements>
                    </bpmn:userTask>
                    <bpmn:serviceTask id="service_do" camunda:delegateExpression="#{someBean}"/>
                    <bpmn:endEvent id="end"/>
                    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="script_run"/>
                    <bpmn:sequenceFlow id="f2" sourceRef="script_run" targetRef="user_do"/>
                    <bpmn:sequenceFlow id="f3" sourceRef="user_do" targetRef="service_do"/>
                    <bpmn:sequenceFlow id="f4" sourceRef="service_do" targetRef="end">
                      <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">true</bpmn:conditionExpression>
                    </bpmn:sequenceFlow>
                  </bpmn:process>
                </bpmn:definitions>
                """;
        BpmnModelInstance model = Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(
                xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(scriptAndExpressionViolations(model, xml)).containsExactlyInAnyOrder(
                "script task script_run",
                "camunda:script in executionListener",
                "camunda:script in inputParameter",
                "execution listener of bad that is not a bean's delegate expression",
                "task listener of user_do that is not a bean's delegate expression",
                "camunda:resource (a script from a file)",
                "condition in javascript",
                "expression ${groups.get(0)}",
                "expression #{someBean}");
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyProcessHasHistoryTimeToLive(Model model) {
        Collection<Process> processes = elements(model, Process.class);

        assertThat(processes).isNotEmpty();
        for (Process process : processes) {
            assertThat(process.getCamundaHistoryTimeToLiveString())
                    .as("historyTimeToLive of %s", process.getId())
                    .isNotBlank();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void everyUserTaskHasCandidateGroupsOrAnAssignee(Model model) {
        for (UserTask task : elements(model, UserTask.class)) {
            assertThat(isSet(task.getCamundaCandidateGroups()) || isSet(task.getCamundaAssignee()))
                    .as("%s has candidate groups or an assignee", task.getId())
                    .isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void flowNodeIdsHaveTheElementIdShape(Model model) {
        assertThat(ids(elements(model, FlowNode.class))).allMatch(id -> ELEMENT_ID.matcher(id).matches());
    }

    @ParameterizedTest
    @MethodSource("models")
    void elementIdConstantsAndFlowNodesMatch(Model model) {
        Set<String> constantIds = constants(model, value -> ELEMENT_ID.matcher(value).matches());
        Set<String> flowNodeIds = ids(elements(model, FlowNode.class));

        assertThat(flowNodeIds).as("flow nodes of %s", model).containsExactlyInAnyOrderElementsOf(constantIds);
    }

    @ParameterizedTest
    @MethodSource("models")
    void keyAndMessageConstantsMatchTheModel(Model model) {
        Class<?> constants = model.constants().orElseThrow();
        Set<String> executableProcessIds = elements(model, Process.class).stream()
                .filter(Process::isExecutable)
                .map(BaseElement::getId)
                .collect(Collectors.toSet());
        Set<String> messageNames = elements(model, Message.class).stream()
                .map(Message::getName)
                .collect(Collectors.toSet());

        assertThat(executableProcessIds).containsExactly(staticString(constants, "KEY"));
        assertThat(messageNames).containsExactlyInAnyOrderElementsOf(messageConstants(constants));
    }

    /**
     * Script tasks, scripts in listeners, input/output mappings and conditions, script files ({@code camunda:resource}),
     * and any expression beyond reading a variable or a bean's property or comparing one with a constant. Values the
     * users type only ever reach the engine as variables; an expression that merely reads them cannot execute them.
     */
    static List<String> scriptAndExpressionViolations(BpmnModelInstance model, String xml) {
        List<String> violations = new java.util.ArrayList<>();
        model.getModelElementsByType(ScriptTask.class).forEach(task -> violations.add("script task " + task.getId()));
        model.getModelElementsByType(CamundaScript.class).forEach(script ->
                violations.add("camunda:script in " + script.getParentElement().getElementType().getTypeName()));
        model.getModelElementsByType(CamundaExecutionListener.class).stream()
                .filter(listener -> listener.getCamundaClass() != null || listener.getCamundaExpression() != null
                        || listener.getCamundaDelegateExpression() == null)
                .forEach(listener -> violations.add("execution listener of " + owner(listener) + " that is not a bean's delegate expression"));
        model.getModelElementsByType(CamundaTaskListener.class).stream()
                .filter(listener -> listener.getCamundaClass() != null || listener.getCamundaExpression() != null
                        || listener.getCamundaDelegateExpression() == null)
                .forEach(listener -> violations.add("task listener of " + owner(listener) + " that is not a bean's delegate expression"));
        if (xml.contains("camunda:resource")) {
            violations.add("camunda:resource (a script from a file)");
        }
        model.getModelElementsByType(FormalExpression.class).stream()
                .map(FormalExpression::getLanguage)
                .filter(language -> language != null && !language.isBlank())
                .forEach(language -> violations.add("condition in " + language));
        Matcher expressions = EXPRESSION.matcher(xml);
        while (expressions.find()) {
            if (!expressions.group().startsWith("$") || !PLAIN_EXPRESSION.matcher(expressions.group(1)).matches()) {
                violations.add("expression " + expressions.group());
            }
        }
        return violations;
    }

    private static String owner(ModelElementInstance element) {
        ModelElementInstance parent = element.getParentElement();
        while (parent != null && !(parent instanceof BaseElement)) {
            parent = parent.getParentElement();
        }
        return parent == null ? "?" : ((BaseElement) parent).getId();
    }

    private static String text(String resource) {
        try (InputStream in = ProcessModelLintTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> modelResources() {
        URL folder = ProcessModelLintTest.class.getClassLoader().getResource(MODEL_FOLDER);
        assertThat(folder).as("classpath folder %s", MODEL_FOLDER).isNotNull();
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".bpmn"))
                    .map(name -> MODEL_FOLDER + "/" + name)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BpmnModelInstance read(String resource) {
        try (InputStream in = ProcessModelLintTest.class.getClassLoader().getResourceAsStream(resource)) {
            return Bpmn.readModelFromStream(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Class<?>> constantsFor(String resource) {
        return CONSTANTS_CLASSES.stream()
                .filter(type -> resource.equals(staticString(type, "RESOURCE")))
                .findFirst();
    }

    private static <T extends BaseElement> Collection<T> elements(Model model, Class<T> type) {
        return model.instance().getModelElementsByType(type);
    }

    private static Set<String> ids(Collection<? extends BaseElement> elements) {
        return elements.stream().map(BaseElement::getId).collect(Collectors.toSet());
    }

    private static Set<String> constants(Model model, Predicate<String> valueFilter) {
        Class<?> constants = model.constants().orElseThrow(
                () -> new AssertionError("no constants class for " + model));
        return stringConstants(constants)
                .map(field -> value(field))
                .filter(valueFilter)
                .collect(Collectors.toSet());
    }

    private static Set<String> messageConstants(Class<?> constants) {
        return stringConstants(constants)
                .filter(field -> field.getName().startsWith("MESSAGE_"))
                .map(ProcessModelLintTest::value)
                .collect(Collectors.toSet());
    }

    private static Stream<Field> stringConstants(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(field -> field.getType() == String.class)
                .filter(field -> Modifier.isPublic(field.getModifiers())
                        && Modifier.isStatic(field.getModifiers())
                        && Modifier.isFinal(field.getModifiers()));
    }

    private static String staticString(Class<?> type, String name) {
        try {
            return value(type.getField(name));
        } catch (NoSuchFieldException e) {
            throw new AssertionError(type.getSimpleName() + " has no " + name + " constant", e);
        }
    }

    private static String value(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
