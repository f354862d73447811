package org.ohchr.uprfund.platform.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Applies the data classification when a read is written as JSON: a {@link Classified} field is written only for a
 * caller holding one of its audience's roles, and a {@link DonorName} shows a private individual's name only to them.
 * The caller is the current request's; outside a request (a body rendered in the background) and whenever the caller
 * cannot be told, the read is written as anyone may read it. A body rendered once and served to every caller (fund
 * status) holds no classified field, since whoever's request renders it first would decide what all read.
 */
public final class ClassifiedFields {

    /** The serialization attribute holding the roles of the caller a body is written for, once looked up. */
    private static final Object CALLER_ROLES = ClassifiedFields.class;

    private ClassifiedFields() {
    }

    /** The Jackson module every service's mapper registers ({@code JsonSettings}). */
    public static Module module() {
        return new SimpleModule("data-classification").setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                    List<BeanPropertyWriter> properties) {
                List<BeanPropertyWriter> applied = new ArrayList<>(properties.size());
                for (BeanPropertyWriter property : properties) {
                    Classified classified = property.getAnnotation(Classified.class);
                    applied.add(classified == null ? property : new ClassifiedWriter(property, classified.value()));
                }
                return applied;
            }
        });
    }

    /** Whether the body being written is for a caller of this audience. */
    static boolean writtenFor(Audience audience, SerializerProvider provider) {
        return audience.includesAnyOf(rolesOf(provider));
    }

    @SuppressWarnings("unchecked")
    private static Set<String> rolesOf(SerializerProvider provider) {
        Object known = provider.getAttribute(CALLER_ROLES);
        if (known instanceof Set<?> roles) {
            return (Set<String>) roles;
        }
        Set<String> roles = callerRoles();
        provider.setAttribute(CALLER_ROLES, roles);
        return roles;
    }

    private static Set<String> callerRoles() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return Set.of();
        }
        try {
            SecurityIdentity identity = container.instance(SecurityIdentity.class).get();
            return identity == null || identity.isAnonymous() ? Set.of() : Set.copyOf(identity.getRoles());
        } catch (RuntimeException unknown) {
            // The identity cannot be resolved here (not yet authenticated, or only by blocking an event loop): the
            // caller is not known to hold any role.
            return Set.of();
        }
    }

    /** A property written only for its audience; for anyone else it is left out, as if the record had no such field. */
    static final class ClassifiedWriter extends BeanPropertyWriter {

        private final Audience audience;

        ClassifiedWriter(BeanPropertyWriter property, Audience audience) {
            super(property);
            this.audience = audience;
        }

        private ClassifiedWriter(ClassifiedWriter property, PropertyName name) {
            super(property, name);
            this.audience = property.audience;
        }

        @Override
        protected BeanPropertyWriter _new(PropertyName name) {
            return new ClassifiedWriter(this, name);
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator generator, SerializerProvider provider) throws Exception {
            if (writtenFor(audience, provider)) {
                super.serializeAsField(bean, generator, provider);
            } else if (!generator.canOmitFields()) {
                generator.writeOmittedField(getName());
            }
        }

        @Override
        public void serializeAsElement(Object bean, JsonGenerator generator, SerializerProvider provider) throws Exception {
            if (writtenFor(audience, provider)) {
                super.serializeAsElement(bean, generator, provider);
            } else {
                serializeAsPlaceholder(bean, generator, provider);
            }
        }
    }
}
