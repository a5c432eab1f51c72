package org.rlsviewer.analysis;

import java.util.regex.Pattern;

/**
 * A swelling said of another body part named earlier in its sentence, with no leg word in between or
 * in the finding: "burnt my forearm on the oven, blistered and swollen", "me quemé el antebrazo, lo tengo
 * hinchado", "brûlure à l'avant-bras, c'est gonflé". The reader looks only three words either side; a
 * swelling without a leg word of its own belongs to the part the sentence is about.
 */
final class OtherBodyPart {

  private static final Pattern OTHER = Pattern.compile("(?iuU)\\b(?:forearms?|arms?|hands?|wrists?|fingers?|thumbs?"
      + "|elbows?|shoulders?|face|eyes?|eyelids?|lips?|gums?|neck|glands?|throat|tongue|cheeks?|jaw|nose|ears?"
      + "|unterarm\\w*|arm|arme|armen|h\u00e4nde?n?|hand\\w*|finger\\w*|daumen|ellbogen|ellenbogen|schulter\\w*|gesicht"
      + "|augen?|augenlid\\w*|lippen?|zahnfleisch|hals|dr\u00fcsen?|zunge|backe|wange"
      + "|antebrazos?|brazos?|manos?|mu\u00f1ecas?|pulgar|codos?|hombros?|cara|ojos?|p\u00e1rpados?|labios?|enc\u00edas?"
      + "|cuello|ganglios?|garganta|lengua|mejillas?"
      + "|avant-bras|bras|mains?|poignets?|doigts?|pouces?|coudes?|\u00e9paules?|visage|yeux|oeil|\u0153il|paupi\u00e8res?"
      + "|l\u00e8vres?|gencives?|cou|ganglions?|gorge|langue|joues?)\\b");
  private static final Pattern LEG = Pattern.compile("(?iuU)\\b(?:legs?|calf|calves|ankles?|foot|feet|shins?|thighs?"
      + "|knees?|toes?|heels?|bein\\w*|wade\\w*|kn\u00f6chel\\w*|fu\u00df|f\u00fc\u00dfe\\w*|fuss|f\u00fcsse|knie|zehe\\w*"
      + "|schenkel\\w*|piernas?|tobillos?|pies?|pantorrillas?|gemelos?|rodillas?|muslos?|jambes?|chevilles?|pieds?"
      + "|mollets?|genoux|genou|cuisses?|orteils?"
      // legwear stands for the leg: "my hand is fine but the shoe is tight"
      + "|shoes?|socks?|boots?|trainers?|slippers?|stockings?|tights|schuh\\w*|socke\\w*|str\u00fcmpfe|strumpf\\w*|stiefel"
      + "|zapat\\w*|calcet\\w*|medias?|botas?|chaussures?|chaussettes?|bas|bottes?)\\b");

  private OtherBodyPart() {}

  /**
   * The words [start, end) of {@code text} name no leg, and another body part stands before them in
   * their sentence with no leg word ("both legs and hands swollen" is of the legs too).
   */
  static boolean before(String text, int start, int end) {
    if (LEG.matcher(text.substring(start, end)).find()) {
      return false;
    }
    String upTo = text.substring(SentenceText.startBefore(text, start), start);
    return OTHER.matcher(upTo).find() && !LEG.matcher(upTo).find();
  }
}
