package org.rlsviewer.corpus.blind;

import static org.rlsviewer.corpus.Template.Modality.AFFIRMED;
import static org.rlsviewer.corpus.Template.Modality.CHECKLIST_NO;
import static org.rlsviewer.corpus.Template.Modality.CHECKLIST_YES;
import static org.rlsviewer.corpus.Template.Modality.HEDGED;
import static org.rlsviewer.corpus.Template.Modality.NOT_ON_DRUG;

import java.util.List;
import org.rlsviewer.corpus.Template;

/** Blind templates in English. Not to be read by anyone changing the reader. */
final class BlindEnglish {

  private BlindEnglish() {}

  private static Template t(String id, String labels) {
    return new Template(id, "en", labels);
  }

  static final String S = "{left|right}";
  static final String WHO = "{grandad's|my brother's|the wife's|my mother's|our Kev's|my flatmate's}";
  static final String DA = "{ropinirole|pramipexole|Requip|Mirapexin|Sifrol} {0.25mg|0.5mg|1mg|2mg}|Neupro patch {1mg|2mg|3mg}|"
      + "{levodopa|Sinemet|co-careldopa} {62.5mg|100mg}";
  static final String NO_DA = "|gabapentin 300mg|pregabalin 75mg|stopped ropinirole last year|came off pramipexole in January|iron tablets";

  static List<Template> templates() {
    return List.of(
        t("en-b-weak-holding", "weakness:soon")
            .aff("my legs {aren't holding me up|won't hold me up|wouldn't hold me} {today|properly|this evening}",
                "legs {not holding me|barely holding me} up {on the walk|in the shower|at all}",
                "{thighs|legs} like {wet noodles|rubber}, had to sit down {on the stairs|in the shop}")
            .hedge("{kind of|sort of} felt like my legs might not hold me up?")
            .neg("legs holding me up fine {today|}", "no problem standing or walking")
            .other(WHO + " legs won't hold them up any more")
            .fear("what if my legs stop holding me up {at the wedding|on the trip}")
            .past("{in 2017|years back} my legs wouldn't hold me after the op")
            .resolved("legs holding me up again, {back to normal|all good now}"),
        t("en-b-weak-footdrop", "weakness:soon")
            .aff("my " + S + " foot {slaps|flops|is slapping} {down|on the floor} when I walk",
                "my " + S + " foot {drops|keeps dropping|is dropping} {when I'm tired|by the end of the day}",
                "{toes|my toe} {catch|catching} on every step, " + S + " side")
            .hedge("{could be|maybe} a bit of foot drop on the " + S + "?")
            .neg("no foot drop {today|}", S + " foot lifting fine")
            .other("{my dad|my uncle} has foot drop {after his stroke|}")
            .question("what does foot drop look like?")
            .resolved("foot not dropping any more, {physio says back to normal|all settled}"),
        t("en-b-weak-tiptoe", "weakness:soon")
            .aff("can't stand on {tiptoe|my tiptoes|my heels} {on the " + S + "|any more|this week}",
                "couldn't {walk on my heels|rise onto my toes} {at the physio|in the kitchen}",
                "{unable|not able} to {go up on my toes|stand on my heels} on the " + S)
            .neg("can stand on tiptoe {fine|no problem}", "heel and toe walking {fine|normal}"),
        t("en-b-weak-falls", "weakness:soon")
            .aff("{fell|went down} {in the bathroom|on the landing|twice this week}, legs just {went|crumpled}",
                "had {a fall|two falls} {today|this week} because my legs went", "legs {crumpled|folded} and I hit the floor")
            .neg("no falls {this week|}", "didn't fall {today|}")
            .other("{mum|nan|my neighbour} had a fall {today|in the garden}")
            .past("had a fall {back in 2019|years ago} but nothing since")
            .unrelated("fell asleep during the film", "fell for the same trick again", "fell behind with the ironing"),
        t("en-b-weak-wasting", "weakness:soon")
            .aff(S + " {thigh|calf} {muscle|} has {gone thin|wasted|shrunk}", "muscles in my {calves|shins} {wasting|look wasted}",
                "{noticed|can see} wasting in my " + S + " {calf|leg}")
            .neg("no wasting, muscles look {normal|the same}"),
        t("en-b-numb-dead", "numbness:routine")
            .aff("{feet|toes} {like blocks of wood|feel dead|like they belong to someone else}", S + " {heel|sole} {numb|without feeling}",
                "no feeling in my {toes|feet|" + S + " foot}", "{shins|legs} {numb|gone dead} {from the knee down|to the ankle}")
            .pseudo("no let-up in the numbness {in my feet|}", "numbness no better")
            .v(HEDGED, "{feet|toes} {slightly|sort of} numb{?| maybe}")
            .neg("feeling normal in my feet", "nothing numb {at all|}", "{feet|toes} not numb {tonight|}", "never any numbness")
            .other("{grandad's|my sister's} feet {go numb|are numb}")
            .unrelated("mind went numb in the meeting", "{jaw|gum} numb after the filling"),
        t("en-b-swell-worse-side", "swelling:urgent")
            .aff("ankles puffy, worse on the " + S, "swelling {mostly|only} on the " + S, "only the " + S + " {ankle|leg|calf} is swollen",
                S + " leg {fat|swollen} and tight, the other is fine", "{calf|ankle} swollen - the " + S + " one")
            .hedge(S + " ankle puffier than the other? {not sure|hard to tell}")
            .pseudo("swelling in my " + S + " calf {hasn't gone down|no better}", "no change, " + S + " ankle still swollen")
            .neg("both ankles the same, no swelling", "no swelling either side")
            .fear("{scared|terrified} of getting a clot in my " + S + " leg on the flight")
            .question("what does a DVT look like?")
            .resolved(S + " ankle back to normal, swelling gone"),
        t("en-b-swell-abbrev", "swelling:urgent")
            .aff("{L|R} ankle {oedema|edema|swollen++}", "L>R ankle swelling", "{R leg swollen, L ok|L leg swollen, R ok}",
                "swollen ankle {(L)|(R)}", "{L|R} calf {puffy|swollen}, other side normal")
            .vl(AFFIRMED, "swelling:soon", "bilat {ankle|leg} swelling {again|+}")
            .neg("swelling: nil", "no {L|R} swelling"),
        t("en-b-swell-calf-signs", "swelling:urgent")
            .aff(S + " calf {burning hot|red and angry|throbbing and hot} and {hurts to walk|sore to touch}",
                S + " calf {tender|aching} and {warm|red}, like a bruise", "back of my " + S + " leg {hot|red} and painful")
            .neg("calves not hot or red", "no redness, no heat, calves soft"),
        t("en-b-swell-breath", "swelling:urgent")
            .aff(S + " leg swollen and {my chest hurts when I breathe in|out of breath on the stairs}",
                "{ankles|feet} swollen and {can't lie flat, short of breath|breathless walking to the loo}")
            .neg("no swelling and breathing fine"),
        t("en-b-swell-both", "swelling:soon")
            .aff("{feet|ankles} like {balloons|elephant feet|sausages} {by evening|after the flight}",
                "both {shins|legs} {puffy|swollen}, socks leave {marks|dents}", "fluid in my {ankles|legs} {again|tonight}")
            .pseudo("swelling {no better|still there}")
            .neg("no fluid in the legs", "feet normal size {tonight|}")
            .other("everyone's feet swelled on the flight")
            .unrelated("swollen tonsils", "tummy bloated", "swollen {knuckles|wrist} from gardening"),
        t("en-b-apnea-choke", "apnea:soon")
            .aff("woke {choking|spluttering} {again|twice}", "woke up {fighting for breath|like I was drowning}",
                "heart {pounding|thumping} and short of breath when I woke", "{she|he} {heard|saw} me stop breathing {for ages|several times}")
            .neg("no choking or gasping", "slept without waking up gasping")
            .other("my {wife|husband} stops breathing at night"),
        t("en-b-apnea-sleepy", "apnea:soon")
            .aff("{so sleepy|dropping off} {while driving|at the wheel|at traffic lights}", "pulled into a lay-by to {sleep|nap}",
                "Epworth score {11|13|19}", "ESS {12|15}")
            .neg("Epworth {4|7|10}", "ESS {5|10}")
            .other("my husband falls asleep at the wheel"),
        t("en-b-apnea-snore", "apnea:soon")
            .aff("snoring {so loud|that loud} the neighbours complained", "{partner|wife} {recorded|filmed} me {snoring|stop breathing}")
            .resolved("no snoring since I lost weight")
            .other("{partner|hubby} snores {all night|like a foghorn}"),
        t("en-b-cauda-saddle", "cauda-equina:urgent numbness:routine")
            .aff("{bottom|backside|inner thighs} {numb|gone numb} {on the toilet|when I sit|when I wipe}, and {leaking|dribbling} {wee|urine}",
                "{can't tell|couldn't tell} when I need a poo and {numb down below|saddle area numb}")
            .neg("no bladder problems, no numbness down below")
            .unrelated("leaked a bit when I sneezed"),
        t("en-b-cauda-weak", "cauda-equina:urgent weakness:soon")
            .aff("both legs {weak|wobbly} and {bladder|bowels} {not working|let go}")
            .neg("peeing {fine|normally}, legs fine"),
        t("en-b-aug", "augmentation:soon")
            .aff("now in my {back|arms|hands|tummy} {too|as well}", "{creepy crawlies|it} {kicking in|starting} {at teatime|before dinner|mid-afternoon|earlier each week}",
                "the tablet wears off {after an hour|quickly} now", "since they upped the dose it's {worse|much worse}")
            .v(NOT_ON_DRUG, "now in my {back|arms} {too|as well}", "{kicking in|starting} {at teatime|mid-afternoon}")
            .neg("only in my legs, same time as always")
            .meds(DA, NO_DA),
        t("en-b-mg-extra", "magnesium-dose:routine")
            .aff("plus an extra {200|250}mg magnesium {tonight|before bed}")
            .neg("no extra magnesium tonight")
            .mg("200|250|300", "200|250|300"),
        t("en-b-mg-meds", "magnesium-dose:routine")
            .aff("{usual night|legs so-so}")
            .neg("{usual night|legs so-so}")
            .meds("magnesium {citrate|oxide|glycinate} {400|450|500} mg", "magnesium {citrate|glycinate} {100|200|300} mg")
            .mg("", ""),
        t("en-b-mg-split", "magnesium-dose:routine")
            .aff("took 200mg magnesium {in the morning|at breakfast} and 200mg at night", "magnesium {2 x 250|3 x 150} mg today")
            .neg("magnesium 100mg morning and 150mg at night")
            .mg("", ""),
        t("en-b-mg-gut", "magnesium-side-effect:routine")
            .aff("{the runs|tummy upset|gut cramps} since {upping|starting} the magnesium", "{loose|watery} {poo|bowels} {today|twice}")
            .neg("bowels normal")
            .mg("150|200|300", "150|200|300"),
        t("en-b-mg-kidney", "magnesium-kidney:soon")
            .aff("{renal failure|kidney failure|chronic kidney disease} {stage 4|stage 3b|}", "nephrologist said eGFR {22|18}",
                "on {haemodialysis|dialysis} three times a week")
            .neg("kidneys fine {on the bloods|}")
            .mg("100|200|250", "100|200|250"),
        t("en-b-pregnancy", "pregnancy:routine")
            .aff("{baby due in|expecting in} {March|June|6 weeks}", "{12|16|24} weeks {gone|along} now", "nursing the baby {every 3 hours|at night}")
            .neg("not expecting, just tired")
            .other("my sister is expecting")
            .past("when I was expecting my first the legs were awful"),
        t("en-b-aggravating", "aggravating-medication:routine")
            .aff("{took|had} {a Piriton|some Phenergan|a Sominex} {for hay fever|to sleep}", "{usual|ok} night")
            .neg("came off {venlafaxine|duloxetine} {last year|in 2020}", "{dad|mum} is on {fluoxetine|venlafaxine}")
            .meds("{escitalopram|venlafaxine|duloxetine|fluoxetine} {10mg|75mg|20mg}|hydroxyzine 25mg", null),
        t("en-b-checklist", "").bare()
            .v(CHECKLIST_NO, "Weakness - no / Numbness - no / Swelling - no", "weak N, numb N, swollen N",
                "no numbness, weakness or swelling", "[x] restless legs [ ] numbness [ ] swelling [ ] weakness")
            .vl(CHECKLIST_YES, "numbness:routine", "[x] restless legs [x] numbness [ ] swelling")
            .vl(CHECKLIST_YES, "numbness:routine", "weak N, numb Y, swollen N")
            .vl(CHECKLIST_YES, "swelling:soon", "can't say there's no swelling {in my ankles|}")
            .vl(CHECKLIST_YES, "swelling:urgent", "without doubt my " + S + " calf is bigger"),
        t("en-b-pseudo", "")
            .vl(AFFIRMED, "numbness:routine weakness:soon", "not only {restless|twitchy} but numb and weak as well")
            .vl(AFFIRMED, "weakness:soon", "no let-up in the weakness, legs like jelly")
            .vl(AFFIRMED, "numbness:routine", "the numbness hasn't gone, toes still dead")
            .neg("no change, restless as ever"),
        t("en-b-med-until", "aggravating-medication:routine")
            .aff("{on|taking} {mirtazapine|venlafaxine} {for sleep|at night|every day}", "GP {added|started} {duloxetine|fluoxetine} today")
            .past("was on {venlafaxine|mirtazapine} until {June|2021}, nothing since", "took {promethazine|Sominex} until last summer"),
        t("en-b-aug-until", "augmentation:soon")
            .aff("{hands|arms} {jumpy|restless} {now|too}", "{symptoms|it} {coming on|starting} {at 4|at 5} in the afternoon")
            .v(NOT_ON_DRUG, "{hands|arms} {jumpy|restless} {now|too}", "{symptoms|it} {coming on|starting} {at 4|at 5} in the afternoon")
            .meds("{Sifrol|Requip|levodopa} {0.5mg|1mg|100mg}", "was on {Sifrol|Requip} until {last spring|2022}|stopped levodopa in May"),
        t("en-b-rls-ordinary", "")
            .neg("legs feel like worms crawling {inside|under the skin}", "{aching|achy} legs {all evening|at bedtime}", "legs jerking {all night|in my sleep}",
                "growing pains feeling in my {shins|calves}", "the {itch|urge} I can't scratch")
        );
  }
}
