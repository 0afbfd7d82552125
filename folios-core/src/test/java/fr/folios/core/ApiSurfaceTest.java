package fr.folios.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The API never exposes an implementation type, and the core never names an adapter. */
class ApiSurfaceTest {

  private static final String INTERNAL = "fr.folios.core.internal";

  @Test
  void publicSignatures_neverMentionAnInternalType() throws Exception {
    List<String> leaks = new ArrayList<>();
    List<Class<?>> classes = coreClasses();
    assertThat(classes).as("classes of folios-core found").hasSizeGreaterThan(50)
        .contains(Spaces.class, fr.folios.core.internal.Access.class);
    for (Class<?> type : classes) {
      if (!Modifier.isPublic(type.getModifiers()) || type.getPackageName().equals(INTERNAL)) {
        continue;
      }
      for (Method method : type.getDeclaredMethods()) {
        if (visible(method.getModifiers())) {
          check(leaks, method, method.getGenericReturnType());
          checkParameters(leaks, method);
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (visible(constructor.getModifiers())) {
          checkParameters(leaks, constructor);
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if (visible(field.getModifiers())) {
          check(leaks, field, field.getGenericType());
        }
      }
    }

    assertThat(leaks).as("public API members that expose " + INTERNAL).isEmpty();
  }

  @Test
  void coreSources_importNoAdapterOrFramework() throws Exception {
    List<String> offenders = new ArrayList<>();
    Path sources = Path.of("src", "main", "java");
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        for (String line : Files.readAllLines(file)) {
          if (line.matches("import (static )?(fr\\.folios\\.(jpa|search|storage|examples)"
              + "|jakarta\\.persistence|org\\.apache\\.lucene|org\\.hibernate|org\\.springframework"
              + "|jakarta\\.servlet)\\..*")) {
            offenders.add(file + ": " + line);
          }
        }
      }
    }

    assertThat(offenders).isEmpty();
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static void checkParameters(List<String> leaks, Executable executable) {
    for (Type parameter : executable.getGenericParameterTypes()) {
      check(leaks, executable, parameter);
    }
  }

  private static void check(List<String> leaks, Object member, Type type) {
    if (mentionsInternal(type)) {
      leaks.add(member.toString());
    }
  }

  private static boolean mentionsInternal(Type type) {
    if (type instanceof Class<?> raw) {
      Class<?> component = raw;
      while (component.isArray()) {
        component = component.getComponentType();
      }
      return component.getPackageName().equals(INTERNAL);
    }
    if (type instanceof ParameterizedType parameterized) {
      if (mentionsInternal(parameterized.getRawType())) {
        return true;
      }
      for (Type argument : parameterized.getActualTypeArguments()) {
        if (mentionsInternal(argument)) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Class<?>> coreClasses() throws IOException, URISyntaxException,
      ClassNotFoundException {
    Path root = Path.of(Folios.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = root.relativize(file).toString().replace('/', '.').replace('\\', '.');
        classes.add(Class.forName(name.substring(0, name.length() - ".class".length()), false,
            ApiSurfaceTest.class.getClassLoader()));
      }
    }
    return classes;
  }
}
