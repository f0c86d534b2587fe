package org.rostrum.adapters.cli;

import java.util.Locale;
import org.rostrum.core.model.InterventionKind;
import org.rostrum.core.model.RepresentationLevel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Options whose values are one of an enumeration's, written in lower case with hyphens, as
 * definitions write them ({@code point-of-order}); the constant's own name is read too.
 */
final class Choices {

  private Choices() {}

  /** "point-of-order" for {@code POINT_OF_ORDER}. */
  static String written(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static <E extends Enum<E>> E read(Class<E> type, String value) {
    String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new TypeConversionException(value);
  }

  /** --kind statement|point-of-order|right-of-reply|group-statement */
  static final class Kind implements ITypeConverter<InterventionKind> {
    @Override
    public InterventionKind convert(String value) {
      return read(InterventionKind.class, value);
    }
  }

  /** --level head-of-state-or-government|minister|vice-minister|head-of-delegation|other */
  static final class Level implements ITypeConverter<RepresentationLevel> {
    @Override
    public RepresentationLevel convert(String value) {
      return read(RepresentationLevel.class, value);
    }
  }
}
