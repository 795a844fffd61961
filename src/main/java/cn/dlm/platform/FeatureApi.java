package cn.dlm.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type of a feature that other features may use: its process contract ({@code *Contract}), the Json
 * shapes of its data and the few services it offers. Everything else of a feature is its own
 * (ArchitectureTest holds the rule).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface FeatureApi {}
