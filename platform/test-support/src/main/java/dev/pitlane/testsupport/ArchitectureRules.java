package dev.pitlane.testsupport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The house rules every service checks on its own code:
 * <ul>
 *   <li>domain code ({@code ..domain..}) depends on no framework: no Spring, no Jakarta persistence or web, no
 *       Jackson, no Kafka, and of the platform only on its Spring-free {@code dev.pitlane.platform.domain};</li>
 *   <li>a feature uses another feature only through that feature's {@code domain} or {@code application}
 *       packages, never its {@code web}, {@code persistence} or {@code messaging} internals;</li>
 *   <li>no service imports another service's classes; the only shared code is {@code dev.pitlane.platform}.</li>
 * </ul>
 * Use: {@code ArchitectureRules.check(new ClassFileImporter().importPackages("dev.pitlane.inventory"), "dev.pitlane.inventory")}.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICES = List.of("auth", "customer", "workshop", "inventory", "procurement",
            "billing", "reporting", "gateway");

    private ArchitectureRules() {
    }

    public static void check(JavaClasses classes, String servicePackage) {
        domainIsFrameworkFree().check(classes);
        featuresKeepTheirInternals(servicePackage).check(classes);
        noOtherServiceIsImported(servicePackage).check(classes);
    }

    public static ArchRule domainIsFrameworkFree() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat(resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "jakarta.servlet..", "tools.jackson..", "com.fasterxml.jackson..", "org.apache.kafka..",
                        "dev.pitlane.platform..").and(not(resideInAPackage("dev.pitlane.platform.domain.."))))
                .allowEmptyShould(true)
                .because("domain rules are plain Java, testable without a framework");
    }

    public static ArchRule featuresKeepTheirInternals(String servicePackage) {
        return classes().that().resideInAPackage(servicePackage + "..")
                .should(new ArchCondition<>("use other features only through their domain or application packages") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        String feature = featureOf(item.getPackageName(), servicePackage);
                        if (feature == null) {
                            return;
                        }
                        item.getDirectDependenciesFromSelf().forEach(dep -> {
                            String target = dep.getTargetClass().getPackageName();
                            String targetFeature = featureOf(target, servicePackage);
                            if (targetFeature != null && !targetFeature.equals(feature) && isInternal(target,
                                    servicePackage + "." + targetFeature)) {
                                events.add(SimpleConditionEvent.violated(dep, dep.getDescription()));
                            }
                        });
                    }
                }).allowEmptyShould(true);
    }

    public static ArchRule noOtherServiceIsImported(String servicePackage) {
        DescribedPredicate<JavaClass> otherService = new DescribedPredicate<>("another service's classes") {
            @Override
            public boolean test(JavaClass c) {
                String pkg = c.getPackageName();
                return SERVICES.stream().map(s -> "dev.pitlane." + s)
                        .filter(p -> !p.equals(servicePackage))
                        .anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."));
            }
        };
        return noClasses().that().resideInAPackage(servicePackage + "..")
                .should().dependOnClassesThat(otherService)
                .allowEmptyShould(true);
    }

    private static String featureOf(String pkg, String servicePackage) {
        if (!pkg.startsWith(servicePackage + ".")) {
            return null;
        }
        String rest = pkg.substring(servicePackage.length() + 1);
        int dot = rest.indexOf('.');
        String feature = dot < 0 ? rest : rest.substring(0, dot);
        return "config".equals(feature) ? null : feature;
    }

    private static boolean isInternal(String pkg, String featurePackage) {
        return pkg.startsWith(featurePackage + ".web") || pkg.startsWith(featurePackage + ".persistence")
                || pkg.startsWith(featurePackage + ".messaging");
    }
}
