#!/usr/bin/env python3
"""Generate a reproducible corpus of patient-education pages for the CarePrint benchmark.

Usage: bench/gen-corpus.py --n 1000 --seed 42 --out bench/corpus

Every page is built from this file's own plain-language templates (no text is taken from
anywhere else) and written in one of the three input formats CarePrint reads, in rotation:
  .txt   scraped-web style: glossary terms marked with "info-icon" glued to their last word,
         "  • " bullets after a lead-in ending in ":", a review date line then "Reviewed By: Name",
         a "More In ..." navigation line and a trailing bare update date;
  .md    YAML front matter (title, lastReviewed, reviewer, updated), [term](glossary:term) links,
         "- " lists and pipe tables;
  .html  <main>, <h1>, <h2>, <ul>, <table> with <th>, <img alt>, glossary <span>s with data-term
         and a title definition, <time datetime> for the review and update dates.

Pages are ~400-2000 words. Page i depends only on (seed, i), so the first K pages of a corpus of
N > K pages are exactly the corpus of K pages: growth checks compare like with like.
Standard library only; identical arguments give byte-identical files.
"""

import argparse
import datetime
import html
import json
import os
import random
import re
import sys

GENERATOR_VERSION = 1
MIN_WORDS = 400
MAX_WORDS = 2000

# Glossary terms (all common entries of plain-language cancer glossaries) with our own short
# definitions, used for the HTML pages' title attribute.
TERMS = {
    "adjuvant therapy": "Treatment given after the main treatment to lower the chance the cancer comes back.",
    "anemia": "Having fewer red blood cells than normal, which can make you feel tired or short of breath.",
    "benign": "Not cancer; a benign growth does not spread to other parts of the body.",
    "biopsy": "Taking out a small piece of tissue so it can be checked under a microscope.",
    "chemotherapy": "Medicine that kills cancer cells or stops them from dividing.",
    "clinical trial": "A research study that tests a new treatment or test in people who volunteer.",
    "CT scan": "A test that uses x-rays and a computer to make detailed pictures of the inside of the body.",
    "fatigue": "A deep tiredness that does not go away with rest.",
    "genetic testing": "Tests of blood or tissue that look for changes in genes.",
    "hormone receptor": "A protein on some cancer cells that lets hormones such as estrogen help them grow.",
    "hormone therapy": "Treatment that blocks or lowers the hormones some cancers need to grow.",
    "hospice": "Care for comfort and quality of life near the end of life, at home or in a care center.",
    "immunotherapy": "Treatment that helps your own immune system find and fight cancer cells.",
    "infusion": "Medicine or fluid given slowly through a needle or thin tube into a vein.",
    "informed consent": "The process of learning the facts about a treatment or study before agreeing to it.",
    "lymph node": "A small bean-shaped organ that filters fluid and helps the body fight infection.",
    "lymphedema": "Swelling caused by fluid that builds up when lymph nodes are removed or damaged.",
    "malignant": "Cancerous; able to grow into nearby tissue and spread.",
    "mammogram": "An x-ray picture of the breast.",
    "metastasis": "Cancer that has spread from where it started to another part of the body.",
    "MRI": "A test that uses strong magnets and radio waves to make pictures of the inside of the body.",
    "nausea": "Feeling sick to your stomach, as if you might throw up.",
    "neutropenia": "Having a low number of the white blood cells that fight infection.",
    "oncologist": "A doctor who specializes in treating cancer.",
    "palliative care": "Care that eases symptoms, pain and stress at any stage of a serious illness.",
    "pathologist": "A doctor who looks at cells and tissue under a microscope to find disease.",
    "PET scan": "A test that uses a small amount of a radioactive sugar to show active cells in the body.",
    "placebo": "A look-alike pill or liquid with no medicine in it, used in some studies.",
    "platelet": "A tiny blood cell that helps blood clot and stop bleeding.",
    "port": "A small device placed under the skin that makes it easier to give medicine into a vein.",
    "prognosis": "The likely course and outcome of a disease.",
    "radiation therapy": "Treatment that uses high-energy rays to destroy cancer cells.",
    "radiologist": "A doctor who reads x-rays, scans and other pictures of the inside of the body.",
    "recurrence": "Cancer that comes back after a time when it could not be found.",
    "remission": "A time when the signs of cancer have shrunk or gone away.",
    "side effect": "An unwanted problem caused by a treatment.",
    "stage": "A way of describing how large a cancer is and how far it has spread.",
    "surgeon": "A doctor who treats disease by operating.",
    "survivorship": "Life with and after cancer, from diagnosis onward.",
    "targeted therapy": "Medicine that attacks a specific feature of cancer cells while sparing most normal cells.",
    "tumor": "A lump formed when cells grow and divide more than they should.",
    "white blood cell": "A blood cell that helps the body fight infection.",
}

TERM_KEYS = {term.lower(): term for term in TERMS}

CANCERS = [
    "breast cancer", "lung cancer", "colon cancer", "prostate cancer", "ovarian cancer",
    "pancreatic cancer", "bladder cancer", "kidney cancer", "thyroid cancer", "melanoma",
    "lymphoma", "stomach cancer", "head and neck cancer", "uterine cancer", "liver cancer",
]

TEAM = ["oncologist", "nurse", "nurse navigator", "pharmacist", "social worker", "dietitian",
        "care team", "doctor", "physical therapist"]

PEOPLE_FIRST = ["Maria", "James", "Aisha", "Wei", "Daniel", "Priya", "Samuel", "Elena", "Kofi",
                "Hannah", "Luis", "Grace", "Omar", "Naomi", "Peter", "Yuki", "Fatima", "Robert"]
PEOPLE_LAST = ["Alvarez", "Brennan", "Chen", "Delacroix", "Eze", "Fischer", "Gupta", "Haddad",
               "Ivanova", "Johansson", "Kim", "Lindqvist", "Mensah", "Novak", "Okafor", "Patel",
               "Quinn", "Rossi", "Sato", "Thompson"]
CREDENTIALS = ["MD", "MD", "RN", "NP", "PharmD", "MD, MPH", "RN, OCN"]

NAV_SECTIONS = ["Treatment", "Side Effects", "Diagnosis", "Living With Cancer", "Caregivers",
                "Tests", "Metastatic", "Survivorship", "Clinical Trials"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]

# --- Content. [[term]] marks a glossary term; {cancer}, {team}, {n}, {weeks}, {phone} are slots.

GENERAL = [
    "Everyone's body reacts in its own way, so your plan may look different from someone else's.",
    "Write down your questions before each visit so you do not forget them.",
    "It is fine to ask your {team} to explain something again in simpler words.",
    "Bring a family member or friend to appointments if you can; a second set of ears helps.",
    "Keep a list of all the medicines, vitamins and herbal products you take.",
    "Call the clinic at {phone} if something new or worrying happens between visits.",
    "Your {team} can connect you with support groups, counseling and help with costs.",
    "Many people find it helps to keep a simple notebook of symptoms, dates and questions.",
    "Try to rest when you need to, but gentle movement most days can also help your energy.",
    "Ask who to call after hours and on weekends, and keep that number near your phone.",
    "Treatment plans are often reviewed every {weeks} weeks and changed when needed.",
    "You can ask for a copy of your test results and have someone go over them with you.",
    "Feeling worried or sad during treatment is common, and help is available.",
    "Some people choose to get a second opinion before starting treatment, and that is your right.",
    "Small steps, such as drinking water through the day, can make a real difference.",
    "If you smoke, ask your {team} about programs that can help you quit.",
    "A [[side effect]] is easier to manage when it is reported early.",
    "Let your {team} know about any plans to travel so they can help you prepare.",
    "About {pct}% of people in some studies said they wished they had asked more questions early on.",
    "You do not have to go through this alone; lean on the people who offer to help.",
]

TOPICS = [
    {
        "key": "biopsy",
        "titles": ["Understanding Your Biopsy", "What to Expect From a Biopsy for {Cancer}",
                   "Biopsy Results and What They Mean"],
        "headings": ["What Is a Biopsy?", "Before Your Biopsy", "On the Day of the Test",
                     "After the Biopsy", "Getting Your Results", "Questions to Ask"],
        "sentences": [
            "A [[biopsy]] removes a small piece of tissue so it can be studied closely.",
            "A [[pathologist]] looks at the sample under a microscope and writes a report.",
            "The report tells whether the cells are [[benign]] or [[malignant]].",
            "Sometimes a [[lymph node]] is sampled to see whether cancer has reached it.",
            "A needle biopsy often takes less than an hour, and most people go home the same day.",
            "You may be asked to stop taking blood thinners a few days before the test.",
            "A [[radiologist]] may use an ultrasound or a [[CT scan]] to guide the needle.",
            "Mild soreness and a small bruise are common for a few days afterward.",
            "Results usually take {days} to {days2} working days, and special tests can take longer.",
            "If the sample shows cancer, more tests help find the [[stage]] of the {cancer}.",
            "Extra tests on the sample may check for a [[hormone receptor]] or gene changes.",
            "Ask how you will get your results and who will explain them to you.",
        ],
        "lists": [
            ("Call your care team right away if you notice:",
             ["bleeding that soaks through the bandage", "a fever of 100.4°F (38°C) or higher",
              "redness or swelling that keeps getting worse", "pain that medicine does not help",
              "pus or a bad smell from the site"]),
            ("Before the test, tell your doctor if you:",
             ["take aspirin or another blood thinner", "have allergies to medicines or latex",
              "might be pregnant", "have had a reaction to numbing medicine"]),
        ],
        "table": (["Type of biopsy", "How it is done", "Typical recovery"],
                  [["Needle biopsy", "A thin needle takes a small core of tissue", "1–2 days"],
                   ["Surgical biopsy", "A surgeon removes part or all of a lump", "1–2 weeks"],
                   ["Skin biopsy", "A small piece of skin is shaved or cut away", "A few days"],
                   ["Bone marrow biopsy", "A needle takes marrow from the hip bone", "1–3 days"]]),
    },
    {
        "key": "chemo",
        "titles": ["Getting Ready for Chemotherapy", "Chemotherapy for {Cancer}: A Patient Guide",
                   "Living Well During Chemotherapy"],
        "headings": ["How Chemotherapy Works", "Your Treatment Schedule", "Common Side Effects",
                     "Protecting Yourself From Infection", "Eating and Drinking",
                     "When to Call Us", "Caring for Your Port"],
        "sentences": [
            "[[chemotherapy]] uses medicine to kill cancer cells or keep them from dividing.",
            "Most people get chemotherapy as an [[infusion]] in a clinic chair, and some take pills at home.",
            "Treatment is given in cycles, with rest weeks that let your body recover.",
            "A [[port]] placed under the skin can make it easier to get medicine into a vein.",
            "Your [[oncologist]] checks your blood before each cycle to make sure it is safe to continue.",
            "A low [[white blood cell]] count, called [[neutropenia]], raises your risk of infection.",
            "[[nausea]] is much easier to prevent than to treat, so take anti-nausea medicine as directed.",
            "[[fatigue]] is the most common complaint, and it often builds up over several cycles.",
            "A low [[platelet]] count can make you bruise or bleed more easily.",
            "Wash your hands often and avoid crowds when your counts are low.",
            "Some hair loss may start two to three weeks after the first treatment.",
            "Chemotherapy given after surgery is called [[adjuvant therapy]].",
            "Sometimes chemotherapy is combined with [[radiation therapy]] or [[immunotherapy]].",
        ],
        "lists": [
            ("Call right away, day or night, if you have:",
             ["a temperature of 100.4°F (38°C) or higher", "shaking chills",
              "vomiting that will not stop", "new shortness of breath", "bleeding that will not stop"]),
            ("Things that often help with nausea:",
             ["small meals every two to three hours", "cool or room-temperature foods",
              "ginger tea or dry crackers", "sipping fluids slowly through the day"]),
            ("On treatment days, bring:",
             ["your medicine list", "a snack and a water bottle", "something to read or listen to",
              "a warm layer, because infusion rooms can be cool"]),
        ],
        "table": (["Side effect", "When it may start", "What can help"],
                  [["Nausea", "Within hours", "Anti-nausea medicine, small meals"],
                   ["Fatigue", "After a few days", "Short walks, planned rest"],
                   ["Mouth sores", "After 1–2 weeks", "Soft foods, salt-water rinses"],
                   ["Hair loss", "After 2–3 weeks", "Gentle shampoo, a hat or scarf"],
                   ["Low blood counts", "7–14 days after treatment", "Hand washing, avoiding crowds"]]),
    },
    {
        "key": "radiation",
        "titles": ["What to Expect From Radiation Therapy", "Radiation Therapy for {Cancer}",
                   "Skin Care During Radiation Therapy"],
        "headings": ["How Radiation Works", "Planning Your Treatment", "A Typical Treatment Day",
                     "Caring for Your Skin", "Side Effects by Area", "After Treatment Ends"],
        "sentences": [
            "[[radiation therapy]] uses high-energy rays aimed at the [[tumor]] to damage cancer cells.",
            "The treatment itself does not hurt, and most visits last about {mins} minutes.",
            "A planning visit uses a [[CT scan]] to map exactly where the beams will go.",
            "Small skin marks, sometimes tiny tattoos, help line you up the same way every day.",
            "Most people come in five days a week for {weeks} to {weeks2} weeks.",
            "External radiation does not make you radioactive, so you can be near family and pets.",
            "The skin in the treated area may turn pink, dry or itchy after a couple of weeks.",
            "Use only the lotions your team approves, and avoid hot water on the treated area.",
            "[[fatigue]] often builds during treatment and slowly eases in the weeks after.",
            "Radiation to the armpit can raise the risk of [[lymphedema]] in the arm.",
            "Your radiation [[oncologist]] will see you at least once a week to check how you are doing.",
            "Radiation can also ease pain from a [[metastasis]] in the bone as part of [[palliative care]].",
        ],
        "lists": [
            ("To protect your skin during treatment:",
             ["wash with lukewarm water and mild soap", "pat the area dry instead of rubbing",
              "wear loose, soft clothing", "keep the area out of the sun", "do not use heating pads or ice packs"]),
            ("Tell the radiation team if you notice:",
             ["blisters or open skin", "pain when swallowing", "diarrhea lasting more than a day",
              "new swelling in your arm or leg"]),
        ],
        "table": (["Treated area", "Possible side effects"],
                  [["Breast or chest", "Skin redness, tiredness, mild swelling"],
                   ["Head and neck", "Dry mouth, sore throat, taste changes"],
                   ["Abdomen or pelvis", "Loose stools, bladder irritation"],
                   ["Brain", "Tiredness, headache, hair loss in the treated area"]]),
    },
    {
        "key": "trials",
        "titles": ["Is a Clinical Trial Right for You?", "Clinical Trials for {Cancer}",
                   "Questions to Ask About a Clinical Trial"],
        "headings": ["What Is a Clinical Trial?", "Phases of a Trial", "Your Rights and Safety",
                     "Costs and Practical Matters", "How to Find a Trial", "Questions to Ask"],
        "sentences": [
            "A [[clinical trial]] is a research study that tests a new treatment or a new way to use an existing one.",
            "Every treatment available today was once tested in a trial with volunteers.",
            "Before you join, the study team walks you through [[informed consent]] and answers your questions.",
            "You can leave a trial at any time, for any reason, and still get care.",
            "Cancer trials rarely use a [[placebo]] alone; most compare a new option with the usual care.",
            "Some trials test [[targeted therapy]] or [[immunotherapy]] medicines matched to your tumor.",
            "[[genetic testing]] of the tumor may show whether a trial is a good match.",
            "Trials have rules about who can join, such as age, the [[stage]] of the cancer and past treatment.",
            "Ask which visits and tests are paid for by the study and which are billed to insurance.",
            "You may need extra visits or scans, so ask how often you would need to come in.",
            "Joining a trial helps people diagnosed with {cancer} in the future.",
        ],
        "lists": [
            ("Good questions to ask the study team include:",
             ["What is the purpose of this study?", "What treatments would I get?",
              "How could this trial help me, and what are the risks?", "How long will the study last?",
              "Who pays for travel and parking?"]),
            ("Trials usually happen in phases:",
             ["Phase 1 checks safety and the best dose", "Phase 2 checks whether the treatment works",
              "Phase 3 compares it with the usual treatment", "Phase 4 follows people after approval"]),
        ],
        "table": (["Phase", "Main question", "Usual size"],
                  [["Phase 1", "Is it safe, and what dose works best?", "10–40 people"],
                   ["Phase 2", "Does it shrink or control the cancer?", "25–100 people"],
                   ["Phase 3", "Is it better than the usual treatment?", "Hundreds to thousands"]]),
    },
    {
        "key": "hormone",
        "titles": ["Hormone Therapy: What You Should Know", "Hormone Therapy for {Cancer}",
                   "Managing Side Effects of Hormone Therapy"],
        "headings": ["Why Hormones Matter", "Types of Hormone Therapy", "How Long Treatment Lasts",
                     "Side Effects and Tips", "Bone Health", "Staying on Track"],
        "sentences": [
            "Some cancers use hormones such as estrogen or testosterone to grow.",
            "If the cancer cells have a [[hormone receptor]], [[hormone therapy]] can slow or stop their growth.",
            "Tests on the [[biopsy]] sample show whether the cancer is [[hormone receptor]]-positive.",
            "Many people take hormone therapy as a daily pill for {years} to {years2} years.",
            "Hot flashes, joint aches and mood changes are common, and they often ease with time.",
            "Some hormone medicines can thin the bones, so your doctor may order a bone density test.",
            "Weight-bearing exercise, such as walking, helps keep bones strong.",
            "Taking the pill at the same time each day makes it easier to remember.",
            "Do not stop hormone therapy on your own; talk with your [[oncologist]] first.",
            "Hormone therapy may be given with [[targeted therapy]] for advanced disease.",
            "It lowers the chance of [[recurrence]] for many people with early-stage disease.",
        ],
        "lists": [
            ("Ways to cope with hot flashes:",
             ["dress in layers you can remove", "keep a fan by your bed", "limit alcohol and spicy food",
              "ask about medicines that can help"]),
            ("Ask your doctor:",
             ["How long will I take this medicine?", "Which side effects should I report?",
              "Do I need bone density tests?", "Can I take my other medicines with it?"]),
        ],
        "table": (["Medicine type", "How it works", "Common side effects"],
                  [["Estrogen blockers", "Stop estrogen from reaching cancer cells", "Hot flashes, leg cramps"],
                   ["Aromatase inhibitors", "Lower the body's estrogen after menopause", "Joint aches, bone thinning"],
                   ["Androgen blockers", "Lower or block testosterone", "Hot flashes, tiredness"]]),
    },
    {
        "key": "staging",
        "titles": ["Understanding the Stage of Your Cancer", "How {Cancer} Is Staged",
                   "Your Diagnosis: Stage and Grade Explained"],
        "headings": ["What Staging Tells You", "Tests Used for Staging", "The Stages in Plain Words",
                     "Stage and Treatment Choices", "Talking About Prognosis"],
        "sentences": [
            "The [[stage]] of a cancer describes how big the [[tumor]] is and whether it has spread.",
            "Doctors use the results of scans, blood tests and a [[biopsy]] to find the stage.",
            "A [[PET scan]] or an [[MRI]] may show whether cancer has reached other organs.",
            "Cancer found in a nearby [[lymph node]] is usually a higher stage than cancer that has not spread.",
            "Stage IV means there is a [[metastasis]] in a distant part of the body.",
            "The stage helps your team choose treatment and estimate your [[prognosis]].",
            "Staging numbers describe groups of people; they cannot predict exactly what will happen to you.",
            "Your stage at diagnosis stays the same, even if the cancer later grows or shrinks.",
            "The grade describes how different the cancer cells look from normal cells.",
            "Ask your [[oncologist]] to write down your stage and what it means for your treatment.",
        ],
        "lists": [
            ("Staging often includes:",
             ["a physical exam", "blood tests", "imaging such as a CT scan, MRI or PET scan",
              "a biopsy of the tumor or nearby lymph nodes"]),
        ],
        "table": (["Stage", "What it usually means"],
                  [["Stage 0", "Abnormal cells that have not spread into nearby tissue"],
                   ["Stage I", "A small cancer that has not spread to lymph nodes"],
                   ["Stage II–III", "A larger cancer, or one that has reached nearby lymph nodes"],
                   ["Stage IV", "Cancer that has spread to distant organs"]]),
    },
    {
        "key": "lymphedema",
        "titles": ["Lymphedema After Cancer Treatment", "Lowering Your Risk of Lymphedema",
                   "Living With Lymphedema"],
        "headings": ["What Is Lymphedema?", "Who Is at Risk", "Early Signs", "Everyday Tips",
                     "Treatment Options", "Exercise and Activity"],
        "sentences": [
            "[[lymphedema]] is swelling that happens when lymph fluid cannot drain normally.",
            "It can develop after a [[surgeon]] removes a [[lymph node]] or after [[radiation therapy]] to the area.",
            "It may appear months or even years after treatment.",
            "An early sign is a feeling of heaviness or tightness in the arm, leg or chest.",
            "Rings, watches or sleeves that suddenly feel tight can be a clue.",
            "A specially trained therapist can teach gentle massage that moves fluid out of the limb.",
            "Compression sleeves or stockings help keep swelling down during the day.",
            "Protect the skin on the affected side from cuts, burns and insect bites.",
            "Slowly building up exercise under guidance is safe and may even lower swelling.",
            "Tell your doctor quickly if the area becomes red, warm or painful, because that may be an infection.",
        ],
        "lists": [
            ("Early signs of lymphedema include:",
             ["swelling in the arm, hand, leg or foot", "a feeling of fullness or heaviness",
              "skin that feels tight or hard", "less ease moving a joint"]),
            ("To protect the affected limb:",
             ["use gloves for gardening and cleaning", "moisturize the skin every day",
              "avoid very hot baths and saunas", "treat small cuts right away"]),
        ],
        "table": (["Treatment", "What it involves"],
                  [["Manual lymph drainage", "Gentle massage by a trained therapist"],
                   ["Compression", "Sleeves, stockings or bandages worn during the day"],
                   ["Exercise", "Guided movement that helps fluid drain"],
                   ["Skin care", "Daily cleaning and moisturizing to prevent infection"]]),
    },
    {
        "key": "targeted",
        "titles": ["Targeted Therapy and Immunotherapy", "Targeted Therapy for {Cancer}",
                   "New Kinds of Cancer Medicine"],
        "headings": ["How These Medicines Work", "Testing the Tumor First", "How They Are Given",
                     "Side Effects to Watch For", "Keeping Track at Home"],
        "sentences": [
            "[[targeted therapy]] medicines attack a specific change in cancer cells.",
            "[[immunotherapy]] helps your immune system recognize and attack cancer cells.",
            "[[genetic testing]] of the [[tumor]] shows whether a targeted medicine is likely to help.",
            "Some of these medicines are pills taken at home, and others are given as an [[infusion]].",
            "Skin rash, diarrhea and tiredness are common side effects of many targeted medicines.",
            "Immunotherapy can sometimes cause the immune system to inflame healthy organs.",
            "Report new coughing, diarrhea, yellow skin or extreme tiredness right away.",
            "These medicines may be used alone or with [[chemotherapy]].",
            "Some people stay on these treatments for a long time while the cancer stays under control.",
            "A [[remission]] does not always mean treatment stops; your team will explain the plan.",
        ],
        "lists": [
            ("Keep a daily log of:",
             ["your temperature", "bowel movements", "any new rash", "how tired you feel from 0 to 10"]),
            ("Tell your team about:",
             ["all prescription medicines", "over-the-counter medicines", "vitamins and supplements",
              "grapefruit juice, which can change how some pills work"]),
        ],
        "table": (["Medicine group", "What it targets", "Common side effects"],
                  [["Growth signal blockers", "Proteins that tell cells to divide", "Rash, diarrhea"],
                   ["Blood vessel blockers", "New blood vessels feeding a tumor", "High blood pressure"],
                   ["Immune checkpoint medicines", "Brakes on the immune system", "Fatigue, inflammation"]]),
    },
    {
        "key": "support",
        "titles": ["Palliative Care and Support", "Coping With {Cancer}",
                   "Support for Caregivers and Families"],
        "headings": ["What Palliative Care Is", "Managing Pain", "Emotional Support",
                     "Help for Caregivers", "Planning Ahead", "Life After Treatment"],
        "sentences": [
            "[[palliative care]] focuses on comfort and can start on the day of diagnosis.",
            "It is given alongside treatment for the cancer, not instead of it.",
            "[[hospice]] care is for comfort when treatment to control the cancer has stopped.",
            "Pain can almost always be eased, so tell your team when it is getting in the way.",
            "A social worker can help with rides, bills, work questions and forms.",
            "Caregivers need rest too, and it is fine to accept offers of help with meals or errands.",
            "Talking about your wishes for care early takes pressure off your family later.",
            "[[survivorship]] care plans list the treatment you had and the follow-up you need.",
            "Fear of [[recurrence]] is common after treatment ends and often fades with time.",
            "[[anemia]] and [[fatigue]] can linger, and there are ways to help with both.",
        ],
        "lists": [
            ("A caregiver can help by:",
             ["keeping a calendar of appointments", "picking up medicines", "tracking symptoms",
              "asking questions at visits", "making time for rest"]),
            ("Ways to get emotional support:",
             ["a support group in person or online", "counseling with a trained therapist",
              "a faith leader or spiritual care provider", "talking with someone who has had cancer"]),
        ],
        "table": (["Type of support", "Who provides it"],
                  [["Symptom relief", "Palliative care doctors and nurses"],
                   ["Practical help", "Social workers and patient navigators"],
                   ["Emotional support", "Counselors, support groups, chaplains"],
                   ["Nutrition", "Registered dietitians"]]),
    },
]

# A small phrase grammar for the filler sentences, so long pages do not repeat themselves:
# each pattern combines parts that read naturally in any combination.
GRAMMAR = {
    "patterns": [
        "{when} {feeling}, {advice}.",
        "Many people with {cancer} find that {helper} can help with {problem}.",
        "Ask your {team} {question}.",
        "{time_phrase}, {time_advice}.",
        "It is common to notice {problem} {time_when}, and it usually {course}.",
        "If {problem} makes it hard to {daily}, {advice}.",
    ],
    "when": ["If", "When", "On days when", "Any time"],
    "feeling": ["you feel more tired than usual", "your mouth feels sore", "you lose your appetite",
                "you have trouble sleeping", "you feel short of breath", "your skin feels dry or itchy",
                "you feel low or anxious", "food tastes different", "your hands or feet tingle",
                "you feel dizzy when you stand up"],
    "advice": ["tell your nurse at your next visit", "write it down in your symptom diary",
               "call the clinic the same day", "try a short walk and a glass of water",
               "rest for a while and then check how you feel", "let a family member know",
               "bring it up with your doctor before the next treatment",
               "ask whether a medicine change could help", "do not wait for it to get worse"],
    "helper": ["a short daily walk", "a regular bedtime", "small, frequent meals", "a symptom diary",
               "talking with a counselor", "a support group", "gentle stretching", "a written medicine schedule",
               "a ride program", "planning the week ahead"],
    "problem": ["tiredness", "poor sleep", "worry", "loss of appetite", "constipation", "a dry mouth",
                "stiff joints", "trouble concentrating", "low mood", "changes in taste"],
    "team": TEAM,
    "question": ["which symptoms need a phone call right away", "what to do if you miss a dose",
                 "how long each visit will take", "whether you can keep working",
                 "which foods or drinks to avoid", "how the team will know if treatment is working",
                 "whether you need any vaccines", "who to call if a bill looks wrong",
                 "what the next step will be after this treatment",
                 "whether exercise is safe for you right now"],
    "time_phrase": ["In the first week", "Between treatments", "On the day after treatment",
                    "Before each visit", "Once treatment is over", "While you wait for results"],
    "time_advice": ["write down any new symptoms", "check your temperature if you feel unwell",
                    "plan some quiet time for yourself", "drink plenty of fluids",
                    "make a list of questions", "keep your medicine schedule handy"],
    "time_when": ["in the first few weeks", "a few days after each treatment", "near the end of treatment",
                  "after a long day", "in the evening"],
    "course": ["eases over time", "gets better between treatments", "improves once treatment ends",
               "can be managed with simple changes"],
    "daily": ["eat", "sleep", "get to appointments", "work", "look after your family", "get around the house"],
}

GENERIC_HEADINGS = ["Questions for Your Care Team", "Tips From Other Patients", "Keeping Track at Home",
                    "Working During Treatment", "Talking With Family and Friends", "Sleep and Rest",
                    "Money and Insurance", "Where to Learn More", "Getting to Appointments",
                    "Looking After Yourself"]

IMAGE_ALTS = [
    "A nurse explains a treatment calendar to a patient at a small table.",
    "Diagram of the lymph nodes in the neck, armpit and groin.",
    "A patient sits in a reclining chair during an infusion.",
    "Drawing of a compression sleeve on an arm.",
    "A doctor points to an area on a scan shown on a screen.",
    "Chart showing a treatment cycle with three weeks of treatment and one week of rest.",
]


def fill(template, rng, cancer):
    """Replaces the {slots} in a template with values drawn from rng."""
    def slot(match):
        name = match.group(1)
        if name == "cancer":
            return cancer
        if name == "Cancer":
            return title_case(cancer)
        if name == "team":
            return rng.choice(TEAM)
        if name == "phone":
            return "1-800-555-%04d" % rng.randrange(100, 10000)
        if name == "pct":
            return "%d-%d" % ((lo := rng.randrange(5, 40)), lo + rng.randrange(3, 15))
        if name in ("weeks", "days", "years", "mins"):
            return str({"weeks": rng.randrange(2, 5), "days": rng.randrange(2, 5),
                        "years": rng.randrange(2, 6), "mins": rng.randrange(10, 31)}[name])
        if name in ("weeks2", "days2", "years2"):
            return str({"weeks2": rng.randrange(5, 8), "days2": rng.randrange(5, 11),
                        "years2": rng.randrange(6, 11)}[name])
        raise KeyError(name)
    text = re.sub(r"\{(\w+)\}", slot, template)
    # Sentences may open with a [[term]]; capitalize the first letter either way.
    lead = 2 if text.startswith("[[") else 0
    return text[:lead] + text[lead:lead + 1].upper() + text[lead + 1:]


SMALL_WORDS = {"a", "an", "and", "as", "at", "for", "from", "in", "of", "on", "or", "the", "to", "with"}


def title_case(text):
    words = text.split()
    return " ".join(w if (i > 0 and w in SMALL_WORDS) else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def grammar_sentence(rng, cancer):
    """One sentence from the phrase grammar."""
    pattern = rng.choice(GRAMMAR["patterns"])
    text = re.sub(r"\{(\w+)\}", lambda m: cancer if m.group(1) == "cancer" else rng.choice(GRAMMAR[m.group(1)]),
                  pattern)
    return text[:1].upper() + text[1:]


class Deck:
    """Draws template sentences without repeats until all are used, then reshuffles."""

    def __init__(self, rng, items):
        self.rng, self.items, self.pile = rng, list(items), []

    def draw(self):
        if not self.pile:
            self.pile = self.items[:]
            self.rng.shuffle(self.pile)
        return self.pile.pop()


def plain(text):
    """The text a reader sees: glossary markup removed."""
    return re.sub(r"\[\[([^\]]+)\]\]", r"\1", text)


def word_count(text):
    return len(re.findall(r"[A-Za-z0-9][\w'’.%/–-]*", plain(text)))


# --- The abstract page: a title, dates and a list of blocks -------------------------------------

def make_page(seed, index):
    rng = random.Random("careprint-bench:%d:%d" % (seed, index))
    topic = rng.choice(TOPICS)
    cancer = rng.choice(CANCERS)
    title = fill(rng.choice(topic["titles"]), rng, cancer)
    target = int(rng.triangular(MIN_WORDS + 50, MAX_WORDS - 100, 800))

    reviewed = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(0, 9 * 365))
    updated = reviewed + datetime.timedelta(days=rng.randrange(0, 700))
    latest = datetime.date(2024, 12, 31)
    if updated > latest:
        updated = latest
    reviewer = "" if rng.random() < 0.1 else "%s %s, %s" % (
        rng.choice(PEOPLE_FIRST), rng.choice(PEOPLE_LAST), rng.choice(CREDENTIALS))

    blocks = []
    words = word_count(title)

    def add(block, text_words):
        nonlocal words
        blocks.append(block)
        words += text_words

    # Opening paragraph, always naming the cancer and a few glossary terms.
    own = list(topic["sentences"])
    rng.shuffle(own)
    deck = Deck(rng, own[3:] + GENERAL)
    intro_text = " ".join(fill(s, rng, cancer) for s in own[:3])
    add(("p", intro_text), word_count(intro_text))

    headings = list(topic["headings"])
    rng.shuffle(headings)
    extra = list(GENERIC_HEADINGS)
    rng.shuffle(extra)
    headings += extra
    used_lists = set()
    used_table = False
    used_image = False
    section = 0
    while words < target:
        if section >= len(headings):
            break
        heading = headings[section]
        section += 1
        add(("h", heading), word_count(heading))
        for _ in range(rng.randrange(1, 4)):
            count = rng.randrange(3, 7)
            para = " ".join(fill(deck.draw(), rng, cancer) if rng.random() < 0.55
                            else grammar_sentence(rng, cancer) for _ in range(count))
            if words + word_count(para) > MAX_WORDS - 60:
                break
            add(("p", para), word_count(para))
            if words >= target:
                break
        if words >= target:
            break
        roll = rng.random()
        free_lists = [i for i in range(len(topic["lists"])) if i not in used_lists]
        if roll < 0.45 and free_lists:
            i = rng.choice(free_lists)
            used_lists.add(i)
            lead, items = topic["lists"][i]
            items = items[:]
            rng.shuffle(items)
            items = items[:rng.randrange(3, len(items) + 1)]
            text = lead + " " + " ".join(items)
            if words + word_count(text) <= MAX_WORDS - 20:
                add(("p", lead), word_count(lead))
                add(("ul", items), sum(word_count(x) for x in items))
        elif roll < 0.7 and not used_table:
            used_table = True
            header, rows = topic["table"]
            caption = "%s at a glance" % title_case(heading.rstrip("?"))
            text_words = word_count(caption) + sum(word_count(c) for c in header) + sum(
                word_count(c) for r in rows for c in r)
            if words + text_words <= MAX_WORDS - 20:
                add(("table", caption, header, rows), text_words)
        elif roll < 0.8 and not used_image:
            used_image = True
            alt = rng.choice(IMAGE_ALTS)
            add(("img", alt), word_count(alt))
    if not used_lists:
        # Every page has at least one lead-in with a list; put it after the opening paragraph.
        lead, items = topic["lists"][rng.randrange(len(topic["lists"]))]
        items = items[:]
        rng.shuffle(items)
        blocks[1:1] = [("p", lead), ("ul", items)]
        words += word_count(lead) + sum(word_count(x) for x in items)
    return {
        "index": index, "topic": topic["key"], "cancer": cancer, "title": title,
        "reviewed": reviewed, "updated": updated, "reviewer": reviewer,
        "nav": rng.choice(NAV_SECTIONS), "blocks": blocks, "rng": rng, "words": words,
    }


# --- Writers: one per format ---------------------------------------------------------------------

class TermMarker:
    """Marks the first occurrence of each glossary term in a page; later ones stay plain, as sites do."""

    def __init__(self, render):
        self.render = render
        self.seen = set()

    def __call__(self, text):
        def one(match):
            shown = match.group(1)
            term = TERM_KEYS.get(shown.lower())
            if term is not None and term not in self.seen:
                self.seen.add(term)
                return self.render(shown, term)
            return shown
        return re.sub(r"\[\[([^\]]+)\]\]", one, text)


def long_date(d):
    return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)


def capitalize_first(text):
    return text[:1].upper() + text[1:]


def write_txt(page):
    mark = TermMarker(lambda shown, term: shown + "info-icon")
    out = [page["title"], ""]
    for block in page["blocks"]:
        kind = block[0]
        if kind == "h":
            out += [block[1], ""]
        elif kind == "p":
            out += [capitalize_first(mark(block[1])), ""]
        elif kind == "ul":
            spaced = page["rng"].random() < 0.2  # some sites put blank lines between items
            for item in block[1]:
                out.append("  • " + mark(item))
                if spaced:
                    out.append("")
            if not spaced:
                out.append("")
        elif kind == "table":
            # Scraped tables lose their grid: each row becomes one line of cells.
            out += [block[1], ""]
            for row in [block[2]] + block[3]:
                out.append("  • " + " – ".join(row))
            out.append("")
        elif kind == "img":
            continue  # scraped text keeps no images
    out += [long_date(page["reviewed"]), "Reviewed By: " + page["reviewer"], "",
            "More In " + page["nav"], "", long_date(page["updated"]), ""]
    return "\n".join(out)


def md_escape_cell(text):
    return text.replace("|", "\\|")


def md_term(shown, term):
    target = "glossary:" + term
    return "[%s](%s)" % (shown, "<%s>" % target if " " in term else target)


def yaml_quote(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_md(page):
    mark = TermMarker(md_term)
    out = ["---", "title: " + yaml_quote(page["title"]),
           "lastReviewed: " + page["reviewed"].isoformat()]
    if page["reviewer"]:
        out.append("reviewer: " + yaml_quote(page["reviewer"]))
    out += ["updated: " + page["updated"].isoformat(), "language: en", "---", "",
            "# " + page["title"], ""]
    for block in page["blocks"]:
        kind = block[0]
        if kind == "h":
            out += ["## " + block[1], ""]
        elif kind == "p":
            out += [capitalize_first(mark(block[1])), ""]
        elif kind == "ul":
            out += ["- " + mark(item) for item in block[1]] + [""]
        elif kind == "table":
            header, rows = block[2], block[3]
            out += ["**%s**" % block[1], ""]
            out.append("| " + " | ".join(md_escape_cell(c) for c in header) + " |")
            out.append("|" + "|".join("---" for _ in header) + "|")
            out += ["| " + " | ".join(md_escape_cell(c) for c in r) + " |" for r in rows]
            out.append("")
        elif kind == "img":
            out += ["![%s](images/figure-%d.png)" % (block[1].replace("]", ""), page["index"] % 6 + 1), ""]
    return "\n".join(out)


def html_term(shown, term):
    return '<span class="glossary-term" data-term="%s" title="%s">%s</span>' % (
        html.escape(term), html.escape(TERMS[term]), shown)


def write_html(page):
    marker = TermMarker(html_term)

    def mark_page(text):
        # Escape the prose first; html.escape leaves the [[term]] markup alone for the marker.
        return marker(html.escape(text, quote=False))

    title = html.escape(page["title"])
    reviewed, updated = page["reviewed"], page["updated"]
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           "<title>%s | Patient Education</title>" % title, "</head>", "<body>",
           '<header><nav aria-label="Site"><a href="/">Home</a> &rsaquo; <a href="/topics">%s</a></nav></header>'
           % html.escape(page["nav"]),
           "<main>", "<article>", "<h1>%s</h1>" % title]
    byline = 'Reviewed <time datetime="%s">%s</time>' % (reviewed.isoformat(), long_date(reviewed))
    if page["reviewer"]:
        byline += " by %s" % html.escape(page["reviewer"])
    out.append('<p class="byline">%s</p>' % byline)
    for block in page["blocks"]:
        kind = block[0]
        if kind == "h":
            out.append("<h2>%s</h2>" % html.escape(block[1]))
        elif kind == "p":
            out.append("<p>%s</p>" % capitalize_first(mark_page(block[1])))
        elif kind == "ul":
            out.append("<ul>")
            out += ["  <li>%s</li>" % mark_page(item) for item in block[1]]
            out.append("</ul>")
        elif kind == "table":
            out.append("<table>")
            out.append("  <caption>%s</caption>" % html.escape(block[1]))
            out.append("  <thead><tr>%s</tr></thead>" % "".join(
                '<th scope="col">%s</th>' % html.escape(c) for c in block[2]))
            out.append("  <tbody>")
            for row in block[3]:
                cells = ['<th scope="row">%s</th>' % html.escape(row[0])] + [
                    "<td>%s</td>" % html.escape(c) for c in row[1:]]
                out.append("    <tr>%s</tr>" % "".join(cells))
            out.append("  </tbody>")
            out.append("</table>")
        elif kind == "img":
            out.append('<figure><img src="images/figure-%d.png" alt="%s" width="480" height="320"></figure>'
                       % (page["index"] % 6 + 1, html.escape(block[1])))
    out += ["</article>", "</main>",
            '<footer><p>Updated <time datetime="%s">%s</time></p>'
            '<p><a href="/privacy">Privacy</a> · <a href="/contact">Contact us</a></p></footer>'
            % (updated.isoformat(), long_date(updated)),
            "</body>", "</html>", ""]
    return "\n".join(out)


WRITERS = [("txt", write_txt), ("md", write_md), ("html", write_html)]


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60].rstrip("-")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="number of pages (default 1000)")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    parser.add_argument("--out", default="bench/corpus", help="output folder (default bench/corpus)")
    parser.add_argument("--stats", action="store_true", help="print a word-count summary")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be at least 1")

    os.makedirs(args.out, exist_ok=True)
    # Remove pages from an earlier run with other arguments so the folder holds exactly this corpus.
    for name in os.listdir(args.out):
        if re.match(r"^\d{5}-.*\.(txt|md|html)$", name):
            os.remove(os.path.join(args.out, name))

    counts = []
    for i in range(args.n):
        page = make_page(args.seed, i)
        ext, writer = WRITERS[i % 3]
        name = "%05d-%s.%s" % (i, slugify(page["title"]), ext)
        text = writer(page)
        with open(os.path.join(args.out, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        counts.append(page["words"])
    info = {"generator": GENERATOR_VERSION, "n": args.n, "seed": args.seed,
            "words_min": min(counts), "words_max": max(counts),
            "words_mean": round(sum(counts) / len(counts))}
    with open(os.path.join(args.out, "corpus.json"), "w", encoding="utf-8") as f:
        json.dump(info, f, indent=2, sort_keys=True)
        f.write("\n")
    if args.stats:
        print("%d pages in %s: words min %d, mean %d, max %d" % (
            args.n, args.out, info["words_min"], info["words_mean"], info["words_max"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
