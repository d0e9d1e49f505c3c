package fr.sourire.practices;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler method of a route carrying {@code {practiceId}}: the roles allowed in that practice. Without it any
 * member may call the route; non-members never can.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresRole {

	Role[] value();
}
