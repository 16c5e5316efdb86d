#include "extract/materialise.hpp"

#include "extract/names.hpp"

#include <cctype>

namespace actorgraph::extract {
namespace {

std::string_view sector_label(std::string_view sector, ActorType type) {
  struct L { std::string_view s, label; };
  static constexpr L kLabels[] = {
      {"GOV", "government"}, {"MIL", "military"}, {"OPP", "opposition"}, {"REB", "rebels"},
      {"CVL", "civilians"}, {"MED", "media"}, {"BUS", "business"}, {"JUD", "judiciary"},
      {"LEG", "legislature"}, {"COP", "police"}, {"POL", "police"}, {"SPY", "intelligence"},
      {"EDU", "education"}, {"HLH", "health"}, {"LAB", "labor"}, {"REF", "refugees"},
      {"ELI", "elites"}, {"NGO", "non-governmental organizations"}, {"IGO", "organization"},
      {"CRM", "criminals"}, {"UAF", "armed forces"}, {"AGR", "agriculture"}, {"ENV", "environmentalists"},
      {"IMG", "immigrants"}, {"INS", "insurgents"}, {"PTY", "party"}, {"SET", "settlers"},
      {"MOD", "moderates"}, {"RAD", "radicals"}, {"HRI", "human rights groups"}, {"DEV", "development"},
  };
  for (const auto& l : kLabels)
    if (l.s == sector) return l.label;
  return type == ActorType::military ? "military" : type == ActorType::government ? "government" : "";
}

std::string lower(std::string_view s) {
  std::string o(s);
  for (auto& c : o) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return o;
}

}  // namespace

std::string surface(const Analysis& a, std::uint32_t tb, std::uint32_t te) {
  if (te <= tb) return {};
  auto b = a.doc.tokens[tb].begin, e = a.doc.tokens[te - 1].end;
  std::string s(a.text.substr(b, e - b));
  for (auto& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return s;
}

void materialise(const Model& m, const Analysis& a, const Ref& r, Actor& out) {
  out = Actor{};
  switch (r.kind) {
    case Ref::kNone: return;
    case Ref::kEntry: {
      const ActorEntry& e = m.actors()[static_cast<std::size_t>(r.entry)];
      out.id = e.actor.id;
      out.name = e.actor.name;
      out.type = e.actor.type;
      out.country = e.actor.country;
      out.sector = e.actor.sector;
      out.code = e.actor.code;
      if (e.actor.type == ActorType::person) {
        if (const Role* role = m.role_at(static_cast<std::uint32_t>(r.entry), a.date)) {
          if (!role->country.empty()) out.country = role->country;
          if (!role->sector.empty()) out.sector = role->sector;
          if (!role->code.empty()) out.code = role->code;
          else if (!role->country.empty()) out.code = role->country + role->sector;
        }
      }
      if (out.code.empty() && !out.country.empty()) out.code = out.country + out.sector;
      return;
    }
    case Ref::kDerived: {
      if (r.entry < 0) {
        // A generic agent without a country ("insurgents"): PETRARCH's "---".
        const AgentEntry& ag = m.agents()[static_cast<std::size_t>(r.agent)];
        out.type = ag.type == ActorType::person ? ActorType::group : ag.type;
        std::string_view label = sector_label(ag.sector, out.type);
        out.name = label.empty() ? ag.id : std::string(label);
        out.id = "generic-" + slugify(out.name);
        out.sector = ag.sector;
        // CAMEO codes non-governmental and intergovernmental bodies without a country.
        out.code = ag.sector == "NGO" || ag.sector == "IGO" ? ag.sector : "---" + ag.sector;
        return;
      }
      const ActorEntry& c = m.actors()[static_cast<std::size_t>(r.entry)];
      std::string sector = "GOV";
      ActorType type = ActorType::government;
      if (r.agent >= 0) {
        const AgentEntry& ag = m.agents()[static_cast<std::size_t>(r.agent)];
        sector = ag.sector;
        type = ag.type;
        if (type == ActorType::person) type = sector == "MIL" ? ActorType::military : ActorType::government;
      }
      std::string_view label = sector_label(sector, type);
      if (label.empty() && r.agent >= 0) label = m.agents()[static_cast<std::size_t>(r.agent)].id;
      out.id = c.actor.id + "-" + (sector.empty() ? std::string(label) : lower(sector));
      out.name = std::string(m.adjective(static_cast<std::uint32_t>(r.entry)));
      out.name += ' ';
      out.name += label;
      out.type = type;
      out.country = c.actor.country;
      out.sector = sector;
      std::string base = c.actor.code.empty() ? c.actor.country : c.actor.code;
      out.code = base + sector;
      return;
    }
    case Ref::kUnknown: {
      out.name = surface(a, r.ub, r.ue);
      out.id = "unk-" + slugify(out.name);
      out.type = name_actor_type(r.name_type);
      out.sector = std::string(m.name_sector(r.name_sector));
      if (r.agent < 0 && r.entry >= 0) {
        // A body of a country ("Bolivian Labour Organization").
        const ActorEntry& c = m.actors()[static_cast<std::size_t>(r.entry)];
        out.country = c.actor.country;
        out.code = (c.actor.code.empty() ? c.actor.country : c.actor.code) + out.sector;
      } else if (out.sector == "NGO" || out.sector == "IGO") {
        out.code = out.sector;  // CAMEO codes NGOs and IGOs without a country
      }
      if (r.agent >= 0) {
        // A titled unknown person: "Fijian Prime Minister Mahendra Chaudhry".
        const AgentEntry& ag = m.agents()[static_cast<std::size_t>(r.agent)];
        out.type = ActorType::person;
        out.sector = ag.sector;
        if (r.entry >= 0) {
          const ActorEntry& c = m.actors()[static_cast<std::size_t>(r.entry)];
          out.country = c.actor.country;
          out.code = (c.actor.code.empty() ? c.actor.country : c.actor.code) + ag.sector;
        }
      }
      return;
    }
  }
}

}  // namespace actorgraph::extract
