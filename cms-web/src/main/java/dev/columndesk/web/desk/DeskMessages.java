package dev.columndesk.web.desk;

import jakarta.faces.context.FacesContext;

/** Text from the desk's resource bundle ({@code msg}) in the viewer's language. */
final class DeskMessages {

  private DeskMessages() {}

  static String text(FacesContext faces, String key) {
    return faces.getApplication().getResourceBundle(faces, "msg").getString(key);
  }
}
