package ovc.run.agent;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the advice parameter that receives the woven method's {@link DeclarationConstant} as a string
 * constant (bound by {@link WovenDeclarationMapping}). Runtime retention: Byte Buddy reads the advice
 * classes by reflection.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@interface WovenDeclaration {}
