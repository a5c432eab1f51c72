package org.rlsviewer.corpus;

import java.util.List;

/** Development templates in English (docs/note-corpus.md lists the slots). */
final class DevEnglish {

  private DevEnglish() {}

  private static Template t(String id, String labels) {
    return new Template(id, "en", labels);
  }

  static final String SIDE = "{left|right}";
  static final String WHO = "{my husband's|my wife's|mum's|my partner's|my sister's|dad's}";

  /** Explicit past of a medicine ("was on X until"). */
  static List<Template> later() {
    return List.of(
        t("en-med-was-on", "aggravating-medication:routine")
            .aff("{still on|taking} {sertraline|citalopram|amitriptyline} {50mg|20mg|10mg}, {same dose|no change}",
                "{restarted|back on} {sertraline|citalopram} this week")
            .past("was on {sertraline|citalopram|amitriptyline} until {March|last year|2022}",
                "was on {Nytol|Phenergan} until the spring, nothing since"),
        t("en-aug-was-on", "augmentation:soon")
            .aff("restless in my {arms|shoulders} {too|as well} {tonight|}", "{started|kicking in} {earlier|after lunch} again")
            .v(Template.Modality.NOT_ON_DRUG, "restless in my {arms|shoulders} {too|as well} {tonight|}",
                "{started|kicking in} {earlier|after lunch} again")
            .meds("{ropinirole|pramipexole} {0.5mg|1mg}", "was on ropinirole until {March|2023}|was on pramipexole until last year"));
  }

  static List<Template> templates() {
    return List.of(
        // ------------------------------------------------------------- weakness
        t("en-weak-give-way", "weakness:soon")
            .aff("my " + SIDE + " {leg|knee} {gave way|buckled|gave out} {on the stairs|when I stood up|twice|in the kitchen}",
                "legs {giving way|keep giving way} {all day|when I walk|by the evening}",
                "{both legs|my legs} went {from under me|to jelly} {on the stairs|getting out of the car}")
            .hedge("{I think|maybe|not sure but I think} my legs are {getting weaker|giving way more}{?|}",
                "{legs|my left leg} might be {a bit|slightly} weaker{?| than usual}")
            .neg("{no|not any} weakness in my legs", "legs {not weak|never gave way} {today|at all}",
                "legs didn't give way {today|once}", "without any weakness {today|}")
            .other(WHO + " {legs gave way|knee buckled} {on the stairs|again}")
            .fear("{scared|worried} my legs {will|might} give way {on holiday|at work|on the stairs}")
            .past("my leg gave way {back in 2018|years ago|once in 2019} {after the op|}")
            .resolved("the weakness in my legs has {gone|settled}{, back to normal|}"),
        t("en-weak-drag", "weakness:soon")
            .aff("dragging my " + SIDE + " leg {when tired|by the evening|again}",
                "my " + SIDE + " foot {catches|keeps catching} on the {carpet|kerb|step}",
                "{tripping|tripped} over my own feet {twice|again|today}", "kept tripping on the stairs")
            .hedge("{think|pretty sure} I was dragging my " + SIDE + " leg{?| a bit}")
            .neg("not dragging my leg {today|at all}", "no tripping {today|this week}", "never tripped once {today|}")
            .other(WHO + " {foot drags|keeps tripping}")
            .question("is dragging a leg a sign of something?")
            .past("used to drag my " + SIDE + " leg {after the stroke scare|years ago}")
            .resolved("the foot dragging has {settled|gone}"),
        t("en-weak-strength", "weakness:soon")
            .aff("no strength in my {feet|legs|thighs} {today|at all|this evening}",
                "legs {so weak|weak as water|really weak} {today|walking back from the shop}",
                "{fell|had a fall} {in the garden|on the way to the loo|twice} because my legs {went|were weak}",
                "couldn't get up {from the chair|off the sofa} without using my arms")
            .pseudo("legs no better, still weak", "the weakness in my legs hasn't gone away")
            .neg("no weakness", "legs not weak, just restless", "strength fine {in both legs|}")
            .unrelated("fell asleep on the sofa {at 9|early}", "feel weak with hunger", "weak tea {again|}",
                "{my grip|my wrist} is weak after the sprain")
            .fear("{afraid|worried} I might {fall|have a fall} if my legs get worse"),
        t("en-weak-wasting", "weakness:soon")
            .aff("my " + SIDE + " {calf|thigh} {looks thinner|is wasting away|has shrunk} compared to the other",
                "{muscle wasting|wasting of the muscle} in my " + SIDE + " {calf|thigh}")
            .hedge("{I think|possibly} my " + SIDE + " calf {muscle|} is a bit thinner?")
            .neg("no muscle wasting {the physio said|}", "calves look the same, no wasting")
            .other(WHO + " {calf muscles are wasting|legs got thin}"),
        // ------------------------------------------------------------- numbness
        t("en-numb-feet", "numbness:routine")
            .aff("{left|right|both} {foot|feet|toes} {numb|went numb|gone numb} {again|for an hour|this morning}",
                "numbness in my {toes|feet|shins} {since Monday|again}",
                "{pins and needles|pins & needles} in my {feet|toes|legs}", "can't feel my {toes|heel|left foot}")
            .hedge("{feet|toes} {felt|feel} a bit numb{?| I think| maybe}")
            .neg("{no|not any} numbness", "feet not numb", "never numb, just restless", "nothing numb",
                "denies numbness {in the feet|}", "{toes|feet} fine, no pins and needles")
            .other(WHO + " feet go numb {at night|in the cold}")
            .past("had numb toes {back in 2018|years ago|when I had the slipped disc}")
            .resolved("the numbness in my {toes|feet} has gone{, back to normal|}")
            .unrelated("{mouth|lip} still numb from the dentist", "numb with boredom at work", "felt numb after the news"),
        t("en-numb-leg", "numbness:routine")
            .aff("my " + SIDE + " {thigh|shin|leg} {feels|felt} {numb|dead|like cotton wool}",
                "{a numb patch|numb patch} on the outside of my " + SIDE + " thigh")
            .pseudo("the numbness hasn't gone away", "no improvement in the numbness {in my shin|}",
                "{legs|shins} not only restless but numb too")
            .neg("{shin|thigh} not numb {today|at all}", "without numbness {today|this time}")
            .fear("worried my feet might go numb {like my dad's|on the flight}"),
        // ------------------------------------------------------------- swelling, one leg
        t("en-swell-side-word", "swelling:urgent")
            .aff("my " + SIDE + " {calf|ankle|leg|foot} {is|looks|was} {swollen|puffy|swelled up}",
                "{swollen|puffy} " + SIDE + " {ankle|calf} {this evening|since Monday|again}",
                SIDE + " {ankle|calf} {swollen|puffy} {and tight|and sore|}")
            .hedge("I think my " + SIDE + " {calf|ankle} might be a bit swollen?",
                "{maybe|possibly} some swelling in my " + SIDE + " ankle{?|, hard to tell}")
            .neg("no swelling in my " + SIDE + " {calf|ankle}", SIDE + " {ankle|calf} not swollen {today|}",
                "checked my " + SIDE + " calf, no swelling")
            .other(WHO + " " + SIDE + " ankle is swollen {again|}")
            .fear("{worried|scared} my " + SIDE + " leg will swell on the {flight|long drive}")
            .past("my " + SIDE + " ankle swelled up {back in 2018|years ago} after a sprain")
            .resolved("the swelling in my " + SIDE + " ankle has {gone down|settled}{, back to normal|}",
                "both legs the same again, " + SIDE + " calf no longer swollen"),
        t("en-swell-bracket", "swelling:urgent")
            .aff("ankle swollen ({left|right|L|R})", "{Left|Right}: {calf|ankle} swollen", "{left|right} - swollen {calf|ankle}",
                "swelling (" + SIDE + " {calf|leg} only)")
            .neg("swelling ({left|right}): none", "{Left|Right}: no swelling"),
        t("en-swell-compare", "swelling:urgent")
            .aff("my " + SIDE + " {calf|ankle|leg} is {bigger|fatter|puffier} than the other",
                "{ankle|calf} swelling L>R", "{ankles|calves} puffy, R>L", "{one|1} ankle {swollen|twice the size}, the other {fine|normal}",
                "my " + SIDE + " leg {looks|is} swollen compared to the other one")
            .vl(Template.Modality.AFFIRMED, "swelling:soon", "{both ankles|both calves|ankles} swollen, {same size|equal}")
            .neg("legs the same size, no swelling", "compared both calves, no difference"),
        t("en-swell-hot-calf", "swelling:urgent")
            .aff("my " + SIDE + " calf is {hot|red|warm}, {red|tender} and {painful|sore to touch}",
                SIDE + " calf {red and hot|hot and tender|painful and warm} {since yesterday|this evening}")
            .hedge("{I think|maybe} my " + SIDE + " calf is a bit {warm|red} and tender?")
            .neg("calves not {red|hot} or tender", "no redness or heat in my calves")
            .other(WHO + " calf is red and hot"),
        t("en-swell-breathless", "swelling:urgent")
            .aff("my " + SIDE + " calf is swollen and I'm {short of breath|breathless|puffed on the stairs}",
                "{ankles|legs} swollen {and|with} {chest pain|tight chest|short of breath} {tonight|this evening}",
                "swollen " + SIDE + " leg, {breathless|can't catch my breath}")
            .neg("no swelling, no {chest pain|breathlessness}"),
        // ------------------------------------------------------------- swelling, both or side not stated
        t("en-swell-both", "swelling:soon")
            .aff("{both ankles|my ankles|both feet|my feet} {swollen|puffy|swelled up} {by evening|after work|again}",
                "{ankles|legs} {swollen|puffy} {in the heat|tonight|today}", "{swollen|puffy} ankles {again|by bedtime}",
                "bilat ankle swelling", "sock marks on {both|my} ankles, {puffy|swollen}")
            .pseudo("no improvement in the swelling {of my ankles|}", "ankle swelling {no better|hasn't gone away}")
            .neg("{no|not any} swelling", "ankles not swollen", "nothing swollen", "ankles fine, no puffiness")
            .other("{mum's|my husband's|everyone's} ankles {swell|are swollen} in this heat")
            .question("can RLS cause swollen {ankles|legs}?")
            .resolved("ankle swelling {gone|settled} {since I put my feet up|}")
            .unrelated("swollen glands {in my neck|}", "{eyes|face} puffy this morning", "swollen gums", "my {finger|knuckle} is swollen"),
        // ------------------------------------------------------------- apnea
        t("en-apnea-snore", "apnea:soon")
            .aff("{snoring|snored} {loudly|like a train|all night} {says my wife|according to my partner|}",
                "{husband|partner|wife} says I {stop|stopped} breathing in my sleep",
                "{woke|woke up} gasping {for air|at 3am}", "woke choking {twice|again}")
            .hedge("{partner|wife} thinks I might have stopped breathing{?|}")
            .neg("no snoring {according to my wife|}", "partner says I didn't snore", "breathing fine, no gasping")
            .other("{my husband|my partner|dad} {snores|was snoring} {like a train|all night}", "mum has sleep apnoea")
            .question("could this be sleep apnoea?"),
        t("en-apnea-heart", "apnea:soon")
            .aff("woke with my heart pounding and short of breath", "woke up {gasping|choking}, heart racing",
                "woke {suddenly|at 4am} unable to breathe")
            .neg("no gasping or choking {tonight|}")
            .past("used to wake gasping before I lost weight"),
        t("en-apnea-driving", "apnea:soon")
            .aff("{nearly|almost} dozed off at the wheel {on the way home|today}", "had to pull over {to nap|for a nap} on the {motorway|way to work}",
                "{so sleepy|so drowsy} I nodded off {while driving|at the lights}", "Epworth {11|12|13|14|15|16|18} today",
                "did the Epworth test: {11|12|14|17}")
            .neg("Epworth {3|5|6|8|9}", "not sleepy while driving", "no dozing at the wheel")
            .fear("worried I might nod off driving if this goes on"),
        // ------------------------------------------------------------- cauda equina
        t("en-cauda-saddle", "cauda-equina:urgent numbness:routine")
            .aff("numb {where I sit|around my bottom|between my legs} and {couldn't pee|wet myself|bladder leaking}",
                "can't feel {when I wipe|the toilet paper}, and {lost control of my bladder|bowels not right}")
            .neg("bladder fine and nothing numb down below")
            .unrelated("wet myself laughing at the telly", "up to pee {3|4} times {again|}"),
        t("en-cauda-both-weak", "cauda-equina:urgent weakness:soon")
            .aff("both legs weak and {couldn't pass water|I wet the bed|lost control of my bowels}",
                "legs {gave way|so weak} and {can't pee|bladder accidents today}")
            .neg("legs fine, bladder fine"),
        // ------------------------------------------------------------- augmentation
        t("en-aug-earlier", "augmentation:soon")
            .aff("started {earlier|after lunch|at 3pm|in the afternoon} today", "symptoms coming on {earlier and earlier|right after lunch}",
                "{creepy crawlies|restlessness} started at {2|3|4}pm")
            .meds("{pramipexole|ropinirole|Mirapexin} {0.25mg|0.5mg|1mg}|levodopa 100mg", null),
        t("en-aug-arms", "augmentation:soon")
            .aff("restless in my arms {too|as well} tonight", "{it's|the feeling is} spreading to my {arms|back|tummy}",
                "worse since the dose went up", "the tablet only {lasts|helps for} {2|3} hours now")
            .neg("arms fine, only my legs")
            .meds("{ropinirole|pramipexole} {0.5mg|1mg}|rotigotine patch {2mg|}", "{ropinirole|pramipexole} {0.5mg|1mg}"),
        t("en-aug-no-drug", "augmentation:soon")
            .v(Template.Modality.NOT_ON_DRUG, "started {earlier|after lunch} today", "restless in my arms {too|as well}",
                "{worse|worse than ever} tonight")
            .meds(null, "|gabapentin 300mg|pregabalin 75mg|stopped ropinirole in March"),
        // ------------------------------------------------------------- magnesium
        t("en-mg-column", "magnesium-dose:routine")
            .aff("{magnesium as usual|took my magnesium|usual night}")
            .neg("{magnesium as usual|took my magnesium|usual night}")
            .mg("400|500|600|450|800", "100|150|200|250|300|350"),
        t("en-mg-notes", "magnesium-dose:routine")
            .aff("took {2 x 200 mg|two 200mg tablets of} magnesium", "Mg 400mg at bedtime", "magnesium citrate 250mg and oxide 200mg today",
                "doubled my magnesium to 2 x 250mg")
            .neg("took 1 x 200mg magnesium", "Mg 150mg at bedtime", "magnesium 300 mg as usual")
            .mg("", ""),
        t("en-mg-gut", "magnesium-side-effect:routine")
            .aff("{diarrhoea|diarrhea|loose stools|runny tummy} {today|since starting it|again}", "{upset stomach|stomach cramps|felt sick} after the magnesium")
            .neg("no diarrhoea {today|}", "tummy fine")
            .mg("100|150|200|250|300", "100|200|300"),
        t("en-mg-gut-no-mg", "")
            .neg("{diarrhoea|loose stools} today, {not taking anything new|probably the curry}")
            .mg(null, ""),
        t("en-mg-kidney", "magnesium-kidney:soon")
            .aff("{my CKD|my kidney disease|my kidneys} {stage 3|} {playing up|checked today}", "dialysis {Tuesday|tomorrow}",
                "kidney clinic said my eGFR is {25|28|40}")
            .neg("kidney function fine at the check-up", "eGFR {75|80|90}, normal")
            .mg("150|200|250", "150|200|250"),
        t("en-mg-kidney-no-mg", "")
            .neg("{my CKD|my kidney disease} {check today|stable}")
            .mg(null, ""),
        // ------------------------------------------------------------- pregnancy, medicines
        t("en-pregnancy", "pregnancy:routine")
            .aff("{20|28|30|34} weeks pregnant {now|}", "still breastfeeding {at night|the baby}", "third trimester, legs awful")
            .neg("not pregnant {, test negative|}")
            .past("legs were awful when I was pregnant with my son")
            .other("my daughter is pregnant{, legs bad too|}"),
        t("en-aggravating", "aggravating-medication:routine")
            .aff("{usual night|legs bad|slept badly}")
            .meds("{sertraline|citalopram|mirtazapine|amitriptyline} {10mg|50mg|15mg}|quetiapine|lithium", null),
        t("en-aggravating-notes", "aggravating-medication:routine")
            .aff("took a {Benadryl|Nytol|Phenergan} to help me sleep", "started {citalopram|sertraline} this week")
            .neg("stopped {sertraline|citalopram} in May", "my husband takes {citalopram|sertraline}"),
        // ------------------------------------------------------------- checklists and negative rows
        t("en-checklist", "").bare()
            .v(Template.Modality.CHECKLIST_NO, "Weakness? {none|no}. Numbness: {no|none}. Swelling: {no|none|-}. Snoring: no.",
                "numbness: no | weakness: no | swelling: no", "nothing numb, nothing swollen, legs restless {6|7}/10",
                "neither numb nor weak, just restless", "Sleep {5|6}h. Weak: no. Numb: no. Swollen: no.")
            .vl(Template.Modality.CHECKLIST_YES, "numbness:routine", "Weakness? none. Numbness: yes ({left|right} foot). Swelling: no.")
            .vl(Template.Modality.CHECKLIST_YES, "swelling:urgent", "numbness: no | weakness: no | swelling: yes ({left|right} ankle)")
            .vl(Template.Modality.CHECKLIST_YES, "weakness:soon", "Weak: yes, legs gave way. Numb: no. Swollen: no."),
        t("en-rls-ordinary", "")
            .neg("{creepy crawly|crawling} feeling in my {calves|legs}", "{calf|leg} cramps at {2|3}am",
                "urge to move {all night|till 3}", "legs jumping {all evening|like mad}", "had to get up and walk {twice|again}")
        );
  }
}
